# Generated from forms/settings_page.ui by pyside6-uic: do not edit; run
# `python -m vokasi_desktop.ui.devtools forms` after changing the form.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGroupBox,
    QLabel, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_SettingsPage(object):
    def setupUi(self, SettingsPage):
        if not SettingsPage.objectName():
            SettingsPage.setObjectName(u"SettingsPage")
        SettingsPage.resize(800, 700)
        self.mainLayout = QVBoxLayout(SettingsPage)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(16, 12, 16, 12)
        self.titleLabel = QLabel(SettingsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.mainLayout.addWidget(self.titleLabel)

        self.languageGroup = QGroupBox(SettingsPage)
        self.languageGroup.setObjectName(u"languageGroup")
        self.languageForm = QFormLayout(self.languageGroup)
        self.languageForm.setObjectName(u"languageForm")
        self.languageForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.languageLabel = QLabel(self.languageGroup)
        self.languageLabel.setObjectName(u"languageLabel")

        self.languageForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.languageGroup)
        self.languageCombo.setObjectName(u"languageCombo")
        self.languageCombo.setMinimumSize(QSize(240, 0))

        self.languageForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.languageNoteLabel = QLabel(self.languageGroup)
        self.languageNoteLabel.setObjectName(u"languageNoteLabel")
        self.languageNoteLabel.setText(u"")
        self.languageNoteLabel.setWordWrap(True)
        self.languageNoteLabel.setProperty(u"role", u"hint")

        self.languageForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.languageNoteLabel)


        self.mainLayout.addWidget(self.languageGroup)

        self.userGroup = QGroupBox(SettingsPage)
        self.userGroup.setObjectName(u"userGroup")
        self.userForm = QFormLayout(self.userGroup)
        self.userForm.setObjectName(u"userForm")
        self.userForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.userTitle = QLabel(self.userGroup)
        self.userTitle.setObjectName(u"userTitle")

        self.userForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.userTitle)

        self.userValue = QLabel(self.userGroup)
        self.userValue.setObjectName(u"userValue")
        self.userValue.setText(u"")
        self.userValue.setWordWrap(True)
        self.userValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.userForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.userValue)

        self.roleTitle = QLabel(self.userGroup)
        self.roleTitle.setObjectName(u"roleTitle")

        self.userForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleTitle)

        self.roleValue = QLabel(self.userGroup)
        self.roleValue.setObjectName(u"roleValue")
        self.roleValue.setText(u"")
        self.roleValue.setWordWrap(True)
        self.roleValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.userForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roleValue)


        self.mainLayout.addWidget(self.userGroup)

        self.databaseGroup = QGroupBox(SettingsPage)
        self.databaseGroup.setObjectName(u"databaseGroup")
        self.databaseForm = QFormLayout(self.databaseGroup)
        self.databaseForm.setObjectName(u"databaseForm")
        self.databaseForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.databaseTitle = QLabel(self.databaseGroup)
        self.databaseTitle.setObjectName(u"databaseTitle")

        self.databaseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.databaseTitle)

        self.databaseValue = QLabel(self.databaseGroup)
        self.databaseValue.setObjectName(u"databaseValue")
        self.databaseValue.setText(u"")
        self.databaseValue.setWordWrap(True)
        self.databaseValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.databaseForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.databaseValue)

        self.schemaTitle = QLabel(self.databaseGroup)
        self.schemaTitle.setObjectName(u"schemaTitle")

        self.databaseForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.schemaTitle)

        self.schemaValue = QLabel(self.databaseGroup)
        self.schemaValue.setObjectName(u"schemaValue")
        self.schemaValue.setText(u"")
        self.schemaValue.setWordWrap(True)
        self.schemaValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.databaseForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.schemaValue)

        self.searchTitle = QLabel(self.databaseGroup)
        self.searchTitle.setObjectName(u"searchTitle")

        self.databaseForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.searchTitle)

        self.searchValue = QLabel(self.databaseGroup)
        self.searchValue.setObjectName(u"searchValue")
        self.searchValue.setText(u"")
        self.searchValue.setWordWrap(True)
        self.searchValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.databaseForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.searchValue)


        self.mainLayout.addWidget(self.databaseGroup)

        self.branchGroup = QGroupBox(SettingsPage)
        self.branchGroup.setObjectName(u"branchGroup")
        self.branchLayout = QVBoxLayout(self.branchGroup)
        self.branchLayout.setObjectName(u"branchLayout")
        self.branchForm = QFormLayout()
        self.branchForm.setObjectName(u"branchForm")
        self.branchForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.branchCodeTitle = QLabel(self.branchGroup)
        self.branchCodeTitle.setObjectName(u"branchCodeTitle")

        self.branchForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.branchCodeTitle)

        self.branchCodeValue = QLabel(self.branchGroup)
        self.branchCodeValue.setObjectName(u"branchCodeValue")
        self.branchCodeValue.setText(u"")
        self.branchCodeValue.setWordWrap(True)
        self.branchCodeValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.branchForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.branchCodeValue)

        self.branchNameTitle = QLabel(self.branchGroup)
        self.branchNameTitle.setObjectName(u"branchNameTitle")

        self.branchForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.branchNameTitle)

        self.branchNameValue = QLabel(self.branchGroup)
        self.branchNameValue.setObjectName(u"branchNameValue")
        self.branchNameValue.setText(u"")
        self.branchNameValue.setWordWrap(True)
        self.branchNameValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.branchForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.branchNameValue)

        self.branchAddressTitle = QLabel(self.branchGroup)
        self.branchAddressTitle.setObjectName(u"branchAddressTitle")

        self.branchForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.branchAddressTitle)

        self.branchAddressValue = QLabel(self.branchGroup)
        self.branchAddressValue.setObjectName(u"branchAddressValue")
        self.branchAddressValue.setText(u"")
        self.branchAddressValue.setWordWrap(True)
        self.branchAddressValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.branchForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.branchAddressValue)

        self.branchCityTitle = QLabel(self.branchGroup)
        self.branchCityTitle.setObjectName(u"branchCityTitle")

        self.branchForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.branchCityTitle)

        self.branchCityValue = QLabel(self.branchGroup)
        self.branchCityValue.setObjectName(u"branchCityValue")
        self.branchCityValue.setText(u"")
        self.branchCityValue.setWordWrap(True)
        self.branchCityValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.branchForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.branchCityValue)

        self.branchPhoneTitle = QLabel(self.branchGroup)
        self.branchPhoneTitle.setObjectName(u"branchPhoneTitle")

        self.branchForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.branchPhoneTitle)

        self.branchPhoneValue = QLabel(self.branchGroup)
        self.branchPhoneValue.setObjectName(u"branchPhoneValue")
        self.branchPhoneValue.setText(u"")
        self.branchPhoneValue.setWordWrap(True)
        self.branchPhoneValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.branchForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.branchPhoneValue)

        self.branchEmailTitle = QLabel(self.branchGroup)
        self.branchEmailTitle.setObjectName(u"branchEmailTitle")

        self.branchForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.branchEmailTitle)

        self.branchEmailValue = QLabel(self.branchGroup)
        self.branchEmailValue.setObjectName(u"branchEmailValue")
        self.branchEmailValue.setText(u"")
        self.branchEmailValue.setWordWrap(True)
        self.branchEmailValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.branchForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.branchEmailValue)

        self.branchHeadTitle = QLabel(self.branchGroup)
        self.branchHeadTitle.setObjectName(u"branchHeadTitle")

        self.branchForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.branchHeadTitle)

        self.branchHeadValue = QLabel(self.branchGroup)
        self.branchHeadValue.setObjectName(u"branchHeadValue")
        self.branchHeadValue.setText(u"")
        self.branchHeadValue.setWordWrap(True)
        self.branchHeadValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.branchForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.branchHeadValue)


        self.branchLayout.addLayout(self.branchForm)

        self.branchNoteLabel = QLabel(self.branchGroup)
        self.branchNoteLabel.setObjectName(u"branchNoteLabel")
        self.branchNoteLabel.setWordWrap(True)
        self.branchNoteLabel.setProperty(u"role", u"hint")

        self.branchLayout.addWidget(self.branchNoteLabel)


        self.mainLayout.addWidget(self.branchGroup)

        self.bottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsPage)
    # setupUi

    def retranslateUi(self, SettingsPage):
        self.titleLabel.setText(QCoreApplication.translate("SettingsPage", u"Settings", None))
        self.languageGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Language", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsPage", u"&Interface language", None))
        self.userGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Signed in", None))
        self.userTitle.setText(QCoreApplication.translate("SettingsPage", u"User", None))
        self.roleTitle.setText(QCoreApplication.translate("SettingsPage", u"Role", None))
        self.databaseGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Database", None))
        self.databaseTitle.setText(QCoreApplication.translate("SettingsPage", u"Location", None))
        self.schemaTitle.setText(QCoreApplication.translate("SettingsPage", u"Schema version", None))
        self.searchTitle.setText(QCoreApplication.translate("SettingsPage", u"Name search", None))
        self.branchGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Branch office", None))
        self.branchCodeTitle.setText(QCoreApplication.translate("SettingsPage", u"Code", None))
        self.branchNameTitle.setText(QCoreApplication.translate("SettingsPage", u"Name", None))
        self.branchAddressTitle.setText(QCoreApplication.translate("SettingsPage", u"Address", None))
        self.branchCityTitle.setText(QCoreApplication.translate("SettingsPage", u"City", None))
        self.branchPhoneTitle.setText(QCoreApplication.translate("SettingsPage", u"Phone", None))
        self.branchEmailTitle.setText(QCoreApplication.translate("SettingsPage", u"E-mail", None))
        self.branchHeadTitle.setText(QCoreApplication.translate("SettingsPage", u"Head of branch", None))
        self.branchNoteLabel.setText(QCoreApplication.translate("SettingsPage", u"The branch profile is read-only here; an administrator changes it with the command `vokasi-desktop init`.", None))
        pass
    # retranslateUi

