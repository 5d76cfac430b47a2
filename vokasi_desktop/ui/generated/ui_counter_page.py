# Generated from forms/counter_page.ui by pyside6-uic: do not edit; run
# `python -m vokasi_desktop.ui.devtools forms` after changing the form.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'counter_page.ui'
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
    QFormLayout, QFrame, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QTextBrowser, QVBoxLayout, QWidget)

class Ui_CounterPage(object):
    def setupUi(self, CounterPage):
        if not CounterPage.objectName():
            CounterPage.setObjectName(u"CounterPage")
        CounterPage.resize(1100, 760)
        self.mainLayout = QVBoxLayout(CounterPage)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(16, 12, 16, 10)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(CounterPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.nextButton = QPushButton(CounterPage)
        self.nextButton.setObjectName(u"nextButton")

        self.headerLayout.addWidget(self.nextButton)


        self.mainLayout.addLayout(self.headerLayout)

        self.searchLayout = QHBoxLayout()
        self.searchLayout.setSpacing(8)
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchLabel = QLabel(CounterPage)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(CounterPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(440, 0))
        self.searchEdit.setMaxLength(40)
        self.searchEdit.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.searchEdit)

        self.searchButton = QPushButton(CounterPage)
        self.searchButton.setObjectName(u"searchButton")

        self.searchLayout.addWidget(self.searchButton)

        self.registerButton = QPushButton(CounterPage)
        self.registerButton.setObjectName(u"registerButton")

        self.searchLayout.addWidget(self.registerButton)

        self.searchSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.searchLayout.addItem(self.searchSpacer)


        self.mainLayout.addLayout(self.searchLayout)

        self.searchMessage = QLabel(CounterPage)
        self.searchMessage.setObjectName(u"searchMessage")
        self.searchMessage.setText(u"")
        self.searchMessage.setWordWrap(True)
        self.searchMessage.setProperty(u"role", u"info")

        self.mainLayout.addWidget(self.searchMessage)

        self.splitter = QSplitter(CounterPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.topWidget = QWidget(self.splitter)
        self.topWidget.setObjectName(u"topWidget")
        self.topLayout = QHBoxLayout(self.topWidget)
        self.topLayout.setSpacing(10)
        self.topLayout.setObjectName(u"topLayout")
        self.topLayout.setContentsMargins(0, 0, 0, 4)
        self.memberBox = QGroupBox(self.topWidget)
        self.memberBox.setObjectName(u"memberBox")
        self.memberBox.setMinimumSize(QSize(410, 0))
        self.memberBox.setMaximumSize(QSize(410, 16777215))
        self.memberLayout = QVBoxLayout(self.memberBox)
        self.memberLayout.setSpacing(6)
        self.memberLayout.setObjectName(u"memberLayout")
        self.memberPlaceholder = QLabel(self.memberBox)
        self.memberPlaceholder.setObjectName(u"memberPlaceholder")
        self.memberPlaceholder.setWordWrap(True)
        self.memberPlaceholder.setProperty(u"role", u"hint")

        self.memberLayout.addWidget(self.memberPlaceholder)

        self.nameLabel = QLabel(self.memberBox)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setText(u"")
        self.nameLabel.setWordWrap(True)
        self.nameLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.memberLayout.addWidget(self.nameLabel)

        self.memberForm = QFormLayout()
        self.memberForm.setObjectName(u"memberForm")
        self.memberForm.setHorizontalSpacing(12)
        self.memberForm.setVerticalSpacing(4)
        self.nikCaption = QLabel(self.memberBox)
        self.nikCaption.setObjectName(u"nikCaption")

        self.memberForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nikCaption)

        self.nikValue = QLabel(self.memberBox)
        self.nikValue.setObjectName(u"nikValue")
        self.nikValue.setText(u"")
        self.nikValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.memberForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nikValue)

        self.kpjCaption = QLabel(self.memberBox)
        self.kpjCaption.setObjectName(u"kpjCaption")

        self.memberForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kpjCaption)

        self.kpjValue = QLabel(self.memberBox)
        self.kpjValue.setObjectName(u"kpjValue")
        self.kpjValue.setText(u"")
        self.kpjValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.memberForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kpjValue)

        self.segmentCaption = QLabel(self.memberBox)
        self.segmentCaption.setObjectName(u"segmentCaption")

        self.memberForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.segmentCaption)

        self.segmentValue = QLabel(self.memberBox)
        self.segmentValue.setObjectName(u"segmentValue")
        self.segmentValue.setText(u"")
        self.segmentValue.setWordWrap(True)

        self.memberForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.segmentValue)

        self.employmentCaption = QLabel(self.memberBox)
        self.employmentCaption.setObjectName(u"employmentCaption")

        self.memberForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.employmentCaption)

        self.employmentValue = QLabel(self.memberBox)
        self.employmentValue.setObjectName(u"employmentValue")
        self.employmentValue.setText(u"")
        self.employmentValue.setWordWrap(True)

        self.memberForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.employmentValue)

        self.membershipCaption = QLabel(self.memberBox)
        self.membershipCaption.setObjectName(u"membershipCaption")

        self.memberForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.membershipCaption)

        self.membershipValue = QLabel(self.memberBox)
        self.membershipValue.setObjectName(u"membershipValue")
        self.membershipValue.setText(u"")
        self.membershipValue.setWordWrap(True)

        self.memberForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.membershipValue)

        self.contributionCaption = QLabel(self.memberBox)
        self.contributionCaption.setObjectName(u"contributionCaption")

        self.memberForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.contributionCaption)

        self.contributionValue = QLabel(self.memberBox)
        self.contributionValue.setObjectName(u"contributionValue")
        self.contributionValue.setText(u"")
        self.contributionValue.setWordWrap(True)

        self.memberForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.contributionValue)

        self.enrollmentsCaption = QLabel(self.memberBox)
        self.enrollmentsCaption.setObjectName(u"enrollmentsCaption")

        self.memberForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.enrollmentsCaption)

        self.enrollmentsValue = QLabel(self.memberBox)
        self.enrollmentsValue.setObjectName(u"enrollmentsValue")
        self.enrollmentsValue.setText(u"")
        self.enrollmentsValue.setWordWrap(True)
        self.enrollmentsValue.setTextFormat(Qt.TextFormat.RichText)

        self.memberForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.enrollmentsValue)


        self.memberLayout.addLayout(self.memberForm)

        self.verifyPanel = QWidget(self.memberBox)
        self.verifyPanel.setObjectName(u"verifyPanel")
        self.verifyLayout = QGridLayout(self.verifyPanel)
        self.verifyLayout.setObjectName(u"verifyLayout")
        self.verifyLayout.setHorizontalSpacing(6)
        self.verifyLayout.setVerticalSpacing(4)
        self.verifyLayout.setContentsMargins(0, 4, 0, 0)
        self.verifyLabel = QLabel(self.verifyPanel)
        self.verifyLabel.setObjectName(u"verifyLabel")

        self.verifyLayout.addWidget(self.verifyLabel, 0, 0, 1, 2)

        self.verifyCombo = QComboBox(self.verifyPanel)
        self.verifyCombo.setObjectName(u"verifyCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.verifyCombo.sizePolicy().hasHeightForWidth())
        self.verifyCombo.setSizePolicy(sizePolicy)

        self.verifyLayout.addWidget(self.verifyCombo, 1, 0, 1, 1)

        self.verifyButton = QPushButton(self.verifyPanel)
        self.verifyButton.setObjectName(u"verifyButton")

        self.verifyLayout.addWidget(self.verifyButton, 1, 1, 1, 1)


        self.memberLayout.addWidget(self.verifyPanel)

        self.memberSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.memberLayout.addItem(self.memberSpacer)


        self.topLayout.addWidget(self.memberBox)

        self.verdictFrame = QFrame(self.topWidget)
        self.verdictFrame.setObjectName(u"verdictFrame")
        self.verdictFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.verdictLayout = QVBoxLayout(self.verdictFrame)
        self.verdictLayout.setSpacing(6)
        self.verdictLayout.setObjectName(u"verdictLayout")
        self.verdictLayout.setContentsMargins(12, 10, 12, 8)
        self.verdictTitle = QLabel(self.verdictFrame)
        self.verdictTitle.setObjectName(u"verdictTitle")
        self.verdictTitle.setWordWrap(True)

        self.verdictLayout.addWidget(self.verdictTitle)

        self.verdictDetail = QLabel(self.verdictFrame)
        self.verdictDetail.setObjectName(u"verdictDetail")
        self.verdictDetail.setText(u"")
        self.verdictDetail.setWordWrap(True)

        self.verdictLayout.addWidget(self.verdictDetail)

        self.nextStepLabel = QLabel(self.verdictFrame)
        self.nextStepLabel.setObjectName(u"nextStepLabel")
        self.nextStepLabel.setText(u"")
        self.nextStepLabel.setWordWrap(True)
        self.nextStepLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.verdictLayout.addWidget(self.nextStepLabel)

        self.rulesView = QTextBrowser(self.verdictFrame)
        self.rulesView.setObjectName(u"rulesView")
        self.rulesView.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.rulesView.setOpenLinks(False)

        self.verdictLayout.addWidget(self.rulesView)

        self.showAllCheck = QCheckBox(self.verdictFrame)
        self.showAllCheck.setObjectName(u"showAllCheck")

        self.verdictLayout.addWidget(self.showAllCheck)


        self.topLayout.addWidget(self.verdictFrame)

        self.splitter.addWidget(self.topWidget)
        self.classBox = QGroupBox(self.splitter)
        self.classBox.setObjectName(u"classBox")
        self.classLayout = QVBoxLayout(self.classBox)
        self.classLayout.setSpacing(4)
        self.classLayout.setObjectName(u"classLayout")
        self.classTable = QTableView(self.classBox)
        self.classTable.setObjectName(u"classTable")
        self.classTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.classTable.setAlternatingRowColors(True)
        self.classTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.classTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.classTable.setTabKeyNavigation(False)

        self.classLayout.addWidget(self.classTable)

        self.classHint = QLabel(self.classBox)
        self.classHint.setObjectName(u"classHint")
        self.classHint.setText(u"")
        self.classHint.setWordWrap(True)
        self.classHint.setProperty(u"role", u"hint")

        self.classLayout.addWidget(self.classHint)

        self.splitter.addWidget(self.classBox)

        self.mainLayout.addWidget(self.splitter)

        self.actionMessage = QLabel(CounterPage)
        self.actionMessage.setObjectName(u"actionMessage")
        self.actionMessage.setText(u"")
        self.actionMessage.setWordWrap(True)
        self.actionMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.actionMessage.setProperty(u"role", u"info")

        self.mainLayout.addWidget(self.actionMessage)

        self.actionLayout = QHBoxLayout()
        self.actionLayout.setSpacing(8)
        self.actionLayout.setObjectName(u"actionLayout")
        self.slipButton = QPushButton(CounterPage)
        self.slipButton.setObjectName(u"slipButton")

        self.actionLayout.addWidget(self.slipButton)

        self.actionSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionLayout.addItem(self.actionSpacer)

        self.enrolButton = QPushButton(CounterPage)
        self.enrolButton.setObjectName(u"enrolButton")

        self.actionLayout.addWidget(self.enrolButton)

        self.letterButton = QPushButton(CounterPage)
        self.letterButton.setObjectName(u"letterButton")

        self.actionLayout.addWidget(self.letterButton)


        self.mainLayout.addLayout(self.actionLayout)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.verifyLabel.setBuddy(self.verifyCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.searchButton)
        QWidget.setTabOrder(self.searchButton, self.registerButton)
        QWidget.setTabOrder(self.registerButton, self.classTable)
        QWidget.setTabOrder(self.classTable, self.enrolButton)
        QWidget.setTabOrder(self.enrolButton, self.letterButton)
        QWidget.setTabOrder(self.letterButton, self.slipButton)
        QWidget.setTabOrder(self.slipButton, self.verifyCombo)
        QWidget.setTabOrder(self.verifyCombo, self.verifyButton)
        QWidget.setTabOrder(self.verifyButton, self.showAllCheck)
        QWidget.setTabOrder(self.showAllCheck, self.rulesView)
        QWidget.setTabOrder(self.rulesView, self.nextButton)

        self.retranslateUi(CounterPage)
    # setupUi

    def retranslateUi(self, CounterPage):
        self.titleLabel.setText(QCoreApplication.translate("CounterPage", u"Counter service", None))
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("CounterPage", u"Clear the screen for the next worker and put the cursor in the search field.", None))
#endif // QT_CONFIG(tooltip)
        self.nextButton.setText(QCoreApplication.translate("CounterPage", u"&Next customer (Esc)", None))
        self.searchLabel.setText(QCoreApplication.translate("CounterPage", u"NIK or &KPJ", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("CounterPage", u"Type or scan a NIK (16 digits) or KPJ (11 characters), then Enter", None))
        self.searchButton.setText(QCoreApplication.translate("CounterPage", u"&Search", None))
#if QT_CONFIG(tooltip)
        self.registerButton.setToolTip(QCoreApplication.translate("CounterPage", u"Register a worker who is not in the database yet, starting from the NIK typed.", None))
#endif // QT_CONFIG(tooltip)
        self.registerButton.setText(QCoreApplication.translate("CounterPage", u"&Register new member (Ctrl+N)", None))
        self.memberBox.setTitle(QCoreApplication.translate("CounterPage", u"Member", None))
        self.memberPlaceholder.setText(QCoreApplication.translate("CounterPage", u"Type or scan the worker's NIK or KPJ number. A worker who is not registered yet can be registered from here.", None))
        self.nikCaption.setText(QCoreApplication.translate("CounterPage", u"NIK", None))
        self.kpjCaption.setText(QCoreApplication.translate("CounterPage", u"KPJ", None))
        self.segmentCaption.setText(QCoreApplication.translate("CounterPage", u"Segment", None))
        self.employmentCaption.setText(QCoreApplication.translate("CounterPage", u"Work status", None))
        self.membershipCaption.setText(QCoreApplication.translate("CounterPage", u"Membership", None))
        self.contributionCaption.setText(QCoreApplication.translate("CounterPage", u"Contributions", None))
        self.enrollmentsCaption.setText(QCoreApplication.translate("CounterPage", u"Enrolments", None))
        self.verifyLabel.setText(QCoreApplication.translate("CounterPage", u"Membership not verified yet. C&hecked with:", None))
#if QT_CONFIG(tooltip)
        self.verifyButton.setToolTip(QCoreApplication.translate("CounterPage", u"Record that the membership was checked (membership card, JMO app or head-office data).", None))
#endif // QT_CONFIG(tooltip)
        self.verifyButton.setText(QCoreApplication.translate("CounterPage", u"Record &verification (Ctrl+R)", None))
        self.verdictTitle.setText(QCoreApplication.translate("CounterPage", u"Eligibility check", None))
        self.showAllCheck.setText(QCoreApplication.translate("CounterPage", u"Show rules &that do not apply", None))
        self.classBox.setTitle(QCoreApplication.translate("CounterPage", u"Classes the member can join now", None))
#if QT_CONFIG(tooltip)
        self.slipButton.setToolTip(QCoreApplication.translate("CounterPage", u"Issue the eligibility slip of the check shown (for eligible and not eligible workers alike).", None))
#endif // QT_CONFIG(tooltip)
        self.slipButton.setText(QCoreApplication.translate("CounterPage", u"Print eligibility sli&p (Ctrl+P)", None))
#if QT_CONFIG(tooltip)
        self.enrolButton.setToolTip(QCoreApplication.translate("CounterPage", u"Enrol the member in the selected class.", None))
#endif // QT_CONFIG(tooltip)
        self.enrolButton.setText(QCoreApplication.translate("CounterPage", u"&Enrol in class (Ctrl+Enter)", None))
#if QT_CONFIG(tooltip)
        self.letterButton.setToolTip(QCoreApplication.translate("CounterPage", u"Issue the enrolment letter to the training institution and open it.", None))
#endif // QT_CONFIG(tooltip)
        self.letterButton.setText(QCoreApplication.translate("CounterPage", u"Print &letter (Ctrl+L)", None))
        pass
    # retranslateUi

