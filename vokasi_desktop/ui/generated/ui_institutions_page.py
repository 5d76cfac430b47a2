# Generated from forms/institutions_page.ui by pyside6-uic: do not edit; run
# `python -m vokasi_desktop.ui.devtools forms` after changing the form.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'institutions_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_InstitutionsPage(object):
    def setupUi(self, InstitutionsPage):
        if not InstitutionsPage.objectName():
            InstitutionsPage.setObjectName(u"InstitutionsPage")
        InstitutionsPage.resize(1000, 640)
        self.mainLayout = QVBoxLayout(InstitutionsPage)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(16, 12, 16, 8)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(InstitutionsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.newButton = QPushButton(InstitutionsPage)
        self.newButton.setObjectName(u"newButton")

        self.headerLayout.addWidget(self.newButton)

        self.openButton = QPushButton(InstitutionsPage)
        self.openButton.setObjectName(u"openButton")

        self.headerLayout.addWidget(self.openButton)


        self.mainLayout.addLayout(self.headerLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setSpacing(8)
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(InstitutionsPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMinimumSize(QSize(300, 0))

        self.filterLayout.addWidget(self.searchEdit)

        self.typeCombo = QComboBox(InstitutionsPage)
        self.typeCombo.setObjectName(u"typeCombo")

        self.filterLayout.addWidget(self.typeCombo)

        self.statusCombo = QComboBox(InstitutionsPage)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filterLayout.addWidget(self.statusCombo)

        self.licenceCombo = QComboBox(InstitutionsPage)
        self.licenceCombo.setObjectName(u"licenceCombo")

        self.filterLayout.addWidget(self.licenceCombo)

        self.underYearCheck = QCheckBox(InstitutionsPage)
        self.underYearCheck.setObjectName(u"underYearCheck")

        self.filterLayout.addWidget(self.underYearCheck)


        self.mainLayout.addLayout(self.filterLayout)

        self.tableView = QTableView(InstitutionsPage)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.tableView.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.tableView.setShowGrid(False)
        self.tableView.setWordWrap(False)
        self.tableView.setCornerButtonEnabled(False)

        self.mainLayout.addWidget(self.tableView)

        self.footerLayout = QHBoxLayout()
        self.footerLayout.setObjectName(u"footerLayout")
        self.countLabel = QLabel(InstitutionsPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")
        self.countLabel.setWordWrap(True)
        self.countLabel.setProperty(u"role", u"count")

        self.footerLayout.addWidget(self.countLabel)

        self.footerSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footerLayout.addItem(self.footerSpacer)

        self.hintLabel = QLabel(InstitutionsPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setProperty(u"role", u"hint")

        self.footerLayout.addWidget(self.hintLabel)


        self.mainLayout.addLayout(self.footerLayout)

        QWidget.setTabOrder(self.searchEdit, self.typeCombo)
        QWidget.setTabOrder(self.typeCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.licenceCombo)
        QWidget.setTabOrder(self.licenceCombo, self.underYearCheck)
        QWidget.setTabOrder(self.underYearCheck, self.tableView)
        QWidget.setTabOrder(self.tableView, self.newButton)
        QWidget.setTabOrder(self.newButton, self.openButton)

        self.retranslateUi(InstitutionsPage)
    # setupUi

    def retranslateUi(self, InstitutionsPage):
        self.titleLabel.setText(QCoreApplication.translate("InstitutionsPage", u"Training institutions", None))
        self.newButton.setText(QCoreApplication.translate("InstitutionsPage", u"&New institution\u2026", None))
        self.openButton.setText(QCoreApplication.translate("InstitutionsPage", u"&Open\u2026", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("InstitutionsPage", u"Search name, code or licence number\u2026", None))
#if QT_CONFIG(tooltip)
        self.typeCombo.setToolTip(QCoreApplication.translate("InstitutionsPage", u"Institution type", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.statusCombo.setToolTip(QCoreApplication.translate("InstitutionsPage", u"Status", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.licenceCombo.setToolTip(QCoreApplication.translate("InstitutionsPage", u"Licence", None))
#endif // QT_CONFIG(tooltip)
        self.underYearCheck.setText(QCoreApplication.translate("InstitutionsPage", u"Less than 1 year of experience", None))
        self.hintLabel.setText(QCoreApplication.translate("InstitutionsPage", u"Enter: open \u00b7 Ctrl+F: search \u00b7 Ctrl+N: new", None))
        pass
    # retranslateUi

