# Generated from forms/reports_page.ui by pyside6-uic: do not edit; run
# `python -m vokasi_desktop.ui.devtools forms` after changing the form.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_page.ui'
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
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_ReportsPage(object):
    def setupUi(self, ReportsPage):
        if not ReportsPage.objectName():
            ReportsPage.setObjectName(u"ReportsPage")
        ReportsPage.resize(1000, 700)
        self.mainLayout = QVBoxLayout(ReportsPage)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(16, 12, 16, 12)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(ReportsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.verifyButton = QPushButton(ReportsPage)
        self.verifyButton.setObjectName(u"verifyButton")

        self.headerLayout.addWidget(self.verifyButton)


        self.mainLayout.addLayout(self.headerLayout)

        self.tabs = QTabWidget(ReportsPage)
        self.tabs.setObjectName(u"tabs")
        self.exportTab = QWidget()
        self.exportTab.setObjectName(u"exportTab")
        self.exportTabLayout = QVBoxLayout(self.exportTab)
        self.exportTabLayout.setObjectName(u"exportTabLayout")
        self.exportTabLayout.setContentsMargins(12, 12, 12, 12)
        self.exportIntroLabel = QLabel(self.exportTab)
        self.exportIntroLabel.setObjectName(u"exportIntroLabel")
        self.exportIntroLabel.setText(u"")
        self.exportIntroLabel.setWordWrap(True)
        self.exportIntroLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.exportIntroLabel.setProperty(u"role", u"hint")

        self.exportTabLayout.addWidget(self.exportIntroLabel)

        self.exportBodyLayout = QHBoxLayout()
        self.exportBodyLayout.setSpacing(12)
        self.exportBodyLayout.setObjectName(u"exportBodyLayout")
        self.kindLayout = QVBoxLayout()
        self.kindLayout.setObjectName(u"kindLayout")
        self.kindLabel = QLabel(self.exportTab)
        self.kindLabel.setObjectName(u"kindLabel")

        self.kindLayout.addWidget(self.kindLabel)

        self.kindList = QListWidget(self.exportTab)
        self.kindList.setObjectName(u"kindList")
        self.kindList.setMinimumSize(QSize(230, 0))
        self.kindList.setMaximumSize(QSize(340, 16777215))
        self.kindList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.kindLayout.addWidget(self.kindList)


        self.exportBodyLayout.addLayout(self.kindLayout)

        self.parametersGroup = QGroupBox(self.exportTab)
        self.parametersGroup.setObjectName(u"parametersGroup")
        self.parametersGroup.setTitle(u"")
        self.parametersLayout = QVBoxLayout(self.parametersGroup)
        self.parametersLayout.setSpacing(10)
        self.parametersLayout.setObjectName(u"parametersLayout")
        self.kindInfoLabel = QLabel(self.parametersGroup)
        self.kindInfoLabel.setObjectName(u"kindInfoLabel")
        self.kindInfoLabel.setMinimumSize(QSize(300, 0))
        self.kindInfoLabel.setText(u"")
        self.kindInfoLabel.setWordWrap(True)
        self.kindInfoLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kindInfoLabel.setProperty(u"role", u"info")

        self.parametersLayout.addWidget(self.kindInfoLabel)

        self.exportForm = QFormLayout()
        self.exportForm.setObjectName(u"exportForm")
        self.exportForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.exportForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.exportForm.setVerticalSpacing(8)
        self.classLabel = QLabel(self.parametersGroup)
        self.classLabel.setObjectName(u"classLabel")

        self.exportForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.classLabel)

        self.classCombo = QComboBox(self.parametersGroup)
        self.classCombo.setObjectName(u"classCombo")
        self.classCombo.setMinimumSize(QSize(300, 0))
        self.classCombo.setEditable(True)
        self.classCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.exportForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.classCombo)

        self.fromLabel = QLabel(self.parametersGroup)
        self.fromLabel.setObjectName(u"fromLabel")

        self.exportForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromEdit = QLineEdit(self.parametersGroup)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setMinimumSize(QSize(120, 0))
        self.fromEdit.setPlaceholderText(u"dd/mm/yyyy")

        self.exportForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fromEdit)

        self.toLabel = QLabel(self.parametersGroup)
        self.toLabel.setObjectName(u"toLabel")

        self.exportForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.toLabel)

        self.toEdit = QLineEdit(self.parametersGroup)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setMinimumSize(QSize(120, 0))
        self.toEdit.setPlaceholderText(u"dd/mm/yyyy")

        self.exportForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.toEdit)

        self.yearLabel = QLabel(self.parametersGroup)
        self.yearLabel.setObjectName(u"yearLabel")

        self.exportForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearSpin = QSpinBox(self.parametersGroup)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.exportForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.yearSpin)

        self.monthLabel = QLabel(self.parametersGroup)
        self.monthLabel.setObjectName(u"monthLabel")

        self.exportForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.monthLabel)

        self.monthCombo = QComboBox(self.parametersGroup)
        self.monthCombo.setObjectName(u"monthCombo")
        self.monthCombo.setMinimumSize(QSize(160, 0))

        self.exportForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.monthCombo)

        self.fullNikCheck = QCheckBox(self.parametersGroup)
        self.fullNikCheck.setObjectName(u"fullNikCheck")

        self.exportForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.fullNikCheck)

        self.reasonLabel = QLabel(self.parametersGroup)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.exportForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(self.parametersGroup)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMinimumSize(QSize(260, 0))

        self.exportForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.parametersLayout.addLayout(self.exportForm)

        self.exportErrorLabel = QLabel(self.parametersGroup)
        self.exportErrorLabel.setObjectName(u"exportErrorLabel")
        self.exportErrorLabel.setMinimumSize(QSize(560, 0))
        self.exportErrorLabel.setText(u"")
        self.exportErrorLabel.setWordWrap(True)
        self.exportErrorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.exportErrorLabel.setProperty(u"role", u"error")

        self.parametersLayout.addWidget(self.exportErrorLabel)

        self.exportButtonsLayout = QHBoxLayout()
        self.exportButtonsLayout.setObjectName(u"exportButtonsLayout")
        self.exportButton = QPushButton(self.parametersGroup)
        self.exportButton.setObjectName(u"exportButton")

        self.exportButtonsLayout.addWidget(self.exportButton)

        self.openExportButton = QPushButton(self.parametersGroup)
        self.openExportButton.setObjectName(u"openExportButton")

        self.exportButtonsLayout.addWidget(self.openExportButton)

        self.exportButtonsSpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.exportButtonsLayout.addItem(self.exportButtonsSpacer)


        self.parametersLayout.addLayout(self.exportButtonsLayout)

        self.exportStatusLabel = QLabel(self.parametersGroup)
        self.exportStatusLabel.setObjectName(u"exportStatusLabel")
        self.exportStatusLabel.setMinimumSize(QSize(560, 0))
        self.exportStatusLabel.setText(u"")
        self.exportStatusLabel.setWordWrap(True)
        self.exportStatusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.exportStatusLabel.setProperty(u"role", u"ok")

        self.parametersLayout.addWidget(self.exportStatusLabel)

        self.parametersSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.parametersLayout.addItem(self.parametersSpacer)


        self.exportBodyLayout.addWidget(self.parametersGroup)


        self.exportTabLayout.addLayout(self.exportBodyLayout)

        self.tabs.addTab(self.exportTab, "")
        self.importTab = QWidget()
        self.importTab.setObjectName(u"importTab")
        self.importTabLayout = QVBoxLayout(self.importTab)
        self.importTabLayout.setObjectName(u"importTabLayout")
        self.importTabLayout.setContentsMargins(12, 12, 12, 12)
        self.importIntroLabel = QLabel(self.importTab)
        self.importIntroLabel.setObjectName(u"importIntroLabel")
        self.importIntroLabel.setText(u"")
        self.importIntroLabel.setWordWrap(True)
        self.importIntroLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.importIntroLabel.setProperty(u"role", u"hint")

        self.importTabLayout.addWidget(self.importIntroLabel)

        self.importTopLayout = QHBoxLayout()
        self.importTopLayout.setSpacing(8)
        self.importTopLayout.setObjectName(u"importTopLayout")
        self.importKindLabel = QLabel(self.importTab)
        self.importKindLabel.setObjectName(u"importKindLabel")

        self.importTopLayout.addWidget(self.importKindLabel)

        self.importKindCombo = QComboBox(self.importTab)
        self.importKindCombo.setObjectName(u"importKindCombo")
        self.importKindCombo.setMinimumSize(QSize(260, 0))

        self.importTopLayout.addWidget(self.importKindCombo)

        self.templateButton = QPushButton(self.importTab)
        self.templateButton.setObjectName(u"templateButton")

        self.importTopLayout.addWidget(self.templateButton)

        self.checkFileButton = QPushButton(self.importTab)
        self.checkFileButton.setObjectName(u"checkFileButton")

        self.importTopLayout.addWidget(self.checkFileButton)

        self.importTopSpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.importTopLayout.addItem(self.importTopSpacer)


        self.importTabLayout.addLayout(self.importTopLayout)

        self.importFileLabel = QLabel(self.importTab)
        self.importFileLabel.setObjectName(u"importFileLabel")
        self.importFileLabel.setText(u"")
        self.importFileLabel.setWordWrap(True)
        self.importFileLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.importFileLabel.setProperty(u"role", u"info")

        self.importTabLayout.addWidget(self.importFileLabel)

        self.importSummaryLabel = QLabel(self.importTab)
        self.importSummaryLabel.setObjectName(u"importSummaryLabel")
        self.importSummaryLabel.setText(u"")
        self.importSummaryLabel.setWordWrap(True)
        self.importSummaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.importSummaryLabel.setProperty(u"role", u"info")

        self.importTabLayout.addWidget(self.importSummaryLabel)

        self.issuesTable = QTableView(self.importTab)
        self.issuesTable.setObjectName(u"issuesTable")
        self.issuesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.issuesTable.setAlternatingRowColors(True)
        self.issuesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.issuesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.issuesTable.setShowGrid(False)
        self.issuesTable.setWordWrap(False)
        self.issuesTable.setCornerButtonEnabled(False)

        self.importTabLayout.addWidget(self.issuesTable)

        self.importBottomLayout = QHBoxLayout()
        self.importBottomLayout.setSpacing(8)
        self.importBottomLayout.setObjectName(u"importBottomLayout")
        self.issuesCountLabel = QLabel(self.importTab)
        self.issuesCountLabel.setObjectName(u"issuesCountLabel")
        self.issuesCountLabel.setText(u"")
        self.issuesCountLabel.setProperty(u"role", u"count")

        self.importBottomLayout.addWidget(self.issuesCountLabel)

        self.importBottomSpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.importBottomLayout.addItem(self.importBottomSpacer)

        self.errorReportButton = QPushButton(self.importTab)
        self.errorReportButton.setObjectName(u"errorReportButton")

        self.importBottomLayout.addWidget(self.errorReportButton)

        self.importButton = QPushButton(self.importTab)
        self.importButton.setObjectName(u"importButton")

        self.importBottomLayout.addWidget(self.importButton)


        self.importTabLayout.addLayout(self.importBottomLayout)

        self.tabs.addTab(self.importTab, "")
        self.numberingTab = QWidget()
        self.numberingTab.setObjectName(u"numberingTab")
        self.numberingTabLayout = QVBoxLayout(self.numberingTab)
        self.numberingTabLayout.setSpacing(10)
        self.numberingTabLayout.setObjectName(u"numberingTabLayout")
        self.numberingTabLayout.setContentsMargins(12, 12, 12, 12)
        self.numberingIntroLabel = QLabel(self.numberingTab)
        self.numberingIntroLabel.setObjectName(u"numberingIntroLabel")
        self.numberingIntroLabel.setText(u"")
        self.numberingIntroLabel.setWordWrap(True)
        self.numberingIntroLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.numberingIntroLabel.setProperty(u"role", u"hint")

        self.numberingTabLayout.addWidget(self.numberingIntroLabel)

        self.docTypeLayout = QHBoxLayout()
        self.docTypeLayout.setSpacing(8)
        self.docTypeLayout.setObjectName(u"docTypeLayout")
        self.docTypeLabel = QLabel(self.numberingTab)
        self.docTypeLabel.setObjectName(u"docTypeLabel")

        self.docTypeLayout.addWidget(self.docTypeLabel)

        self.docTypeCombo = QComboBox(self.numberingTab)
        self.docTypeCombo.setObjectName(u"docTypeCombo")
        self.docTypeCombo.setMinimumSize(QSize(260, 0))

        self.docTypeLayout.addWidget(self.docTypeCombo)

        self.docTypeSpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.docTypeLayout.addItem(self.docTypeSpacer)


        self.numberingTabLayout.addLayout(self.docTypeLayout)

        self.templateGroup = QGroupBox(self.numberingTab)
        self.templateGroup.setObjectName(u"templateGroup")
        self.templateForm = QFormLayout(self.templateGroup)
        self.templateForm.setObjectName(u"templateForm")
        self.templateForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.templateForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.templateForm.setVerticalSpacing(8)
        self.templateLabel = QLabel(self.templateGroup)
        self.templateLabel.setObjectName(u"templateLabel")

        self.templateForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.templateLabel)

        self.templateEdit = QLineEdit(self.templateGroup)
        self.templateEdit.setObjectName(u"templateEdit")
        self.templateEdit.setMinimumSize(QSize(420, 0))

        self.templateForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.templateEdit)

        self.templatePreviewLabel = QLabel(self.templateGroup)
        self.templatePreviewLabel.setObjectName(u"templatePreviewLabel")
        self.templatePreviewLabel.setMinimumSize(QSize(620, 0))
        self.templatePreviewLabel.setText(u"")
        self.templatePreviewLabel.setWordWrap(True)
        self.templatePreviewLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.templatePreviewLabel.setProperty(u"role", u"info")

        self.templateForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.templatePreviewLabel)

        self.templateHelpLabel = QLabel(self.templateGroup)
        self.templateHelpLabel.setObjectName(u"templateHelpLabel")
        self.templateHelpLabel.setMinimumSize(QSize(620, 0))
        self.templateHelpLabel.setText(u"")
        self.templateHelpLabel.setWordWrap(True)
        self.templateHelpLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.templateHelpLabel.setProperty(u"role", u"hint")

        self.templateForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.templateHelpLabel)

        self.templateButtonsLayout = QHBoxLayout()
        self.templateButtonsLayout.setObjectName(u"templateButtonsLayout")
        self.saveTemplateButton = QPushButton(self.templateGroup)
        self.saveTemplateButton.setObjectName(u"saveTemplateButton")

        self.templateButtonsLayout.addWidget(self.saveTemplateButton)

        self.templateButtonsSpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.templateButtonsLayout.addItem(self.templateButtonsSpacer)


        self.templateForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.templateButtonsLayout)


        self.numberingTabLayout.addWidget(self.templateGroup)

        self.seedGroup = QGroupBox(self.numberingTab)
        self.seedGroup.setObjectName(u"seedGroup")
        self.seedForm = QFormLayout(self.seedGroup)
        self.seedForm.setObjectName(u"seedForm")
        self.seedForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.seedForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.seedForm.setVerticalSpacing(8)
        self.seedYearLabel = QLabel(self.seedGroup)
        self.seedYearLabel.setObjectName(u"seedYearLabel")

        self.seedForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.seedYearLabel)

        self.seedYearSpin = QSpinBox(self.seedGroup)
        self.seedYearSpin.setObjectName(u"seedYearSpin")
        self.seedYearSpin.setMinimum(2000)
        self.seedYearSpin.setMaximum(2100)

        self.seedForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.seedYearSpin)

        self.seedValueLabel = QLabel(self.seedGroup)
        self.seedValueLabel.setObjectName(u"seedValueLabel")

        self.seedForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.seedValueLabel)

        self.seedValueSpin = QSpinBox(self.seedGroup)
        self.seedValueSpin.setObjectName(u"seedValueSpin")
        self.seedValueSpin.setMinimum(0)
        self.seedValueSpin.setMaximum(999999)
        self.seedValueSpin.setMinimumSize(QSize(120, 0))

        self.seedForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.seedValueSpin)

        self.seedPreviewLabel = QLabel(self.seedGroup)
        self.seedPreviewLabel.setObjectName(u"seedPreviewLabel")
        self.seedPreviewLabel.setMinimumSize(QSize(620, 0))
        self.seedPreviewLabel.setText(u"")
        self.seedPreviewLabel.setWordWrap(True)
        self.seedPreviewLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.seedPreviewLabel.setProperty(u"role", u"info")

        self.seedForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.seedPreviewLabel)

        self.seedButtonsLayout = QHBoxLayout()
        self.seedButtonsLayout.setObjectName(u"seedButtonsLayout")
        self.saveSeedButton = QPushButton(self.seedGroup)
        self.saveSeedButton.setObjectName(u"saveSeedButton")

        self.seedButtonsLayout.addWidget(self.saveSeedButton)

        self.seedButtonsSpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.seedButtonsLayout.addItem(self.seedButtonsSpacer)


        self.seedForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.seedButtonsLayout)


        self.numberingTabLayout.addWidget(self.seedGroup)

        self.numberingMessageLabel = QLabel(self.numberingTab)
        self.numberingMessageLabel.setObjectName(u"numberingMessageLabel")
        self.numberingMessageLabel.setText(u"")
        self.numberingMessageLabel.setWordWrap(True)
        self.numberingMessageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.numberingMessageLabel.setProperty(u"role", u"error")

        self.numberingTabLayout.addWidget(self.numberingMessageLabel)

        self.numberingSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.numberingTabLayout.addItem(self.numberingSpacer)

        self.tabs.addTab(self.numberingTab, "")

        self.mainLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindList)
        self.classLabel.setBuddy(self.classCombo)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
        self.yearLabel.setBuddy(self.yearSpin)
        self.monthLabel.setBuddy(self.monthCombo)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.importKindLabel.setBuddy(self.importKindCombo)
        self.docTypeLabel.setBuddy(self.docTypeCombo)
        self.templateLabel.setBuddy(self.templateEdit)
        self.seedYearLabel.setBuddy(self.seedYearSpin)
        self.seedValueLabel.setBuddy(self.seedValueSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.kindList)
        QWidget.setTabOrder(self.kindList, self.classCombo)
        QWidget.setTabOrder(self.classCombo, self.fromEdit)
        QWidget.setTabOrder(self.fromEdit, self.toEdit)
        QWidget.setTabOrder(self.toEdit, self.yearSpin)
        QWidget.setTabOrder(self.yearSpin, self.monthCombo)
        QWidget.setTabOrder(self.monthCombo, self.fullNikCheck)
        QWidget.setTabOrder(self.fullNikCheck, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.openExportButton)
        QWidget.setTabOrder(self.openExportButton, self.importKindCombo)
        QWidget.setTabOrder(self.importKindCombo, self.templateButton)
        QWidget.setTabOrder(self.templateButton, self.checkFileButton)
        QWidget.setTabOrder(self.checkFileButton, self.issuesTable)
        QWidget.setTabOrder(self.issuesTable, self.errorReportButton)
        QWidget.setTabOrder(self.errorReportButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.docTypeCombo)
        QWidget.setTabOrder(self.docTypeCombo, self.templateEdit)
        QWidget.setTabOrder(self.templateEdit, self.saveTemplateButton)
        QWidget.setTabOrder(self.saveTemplateButton, self.seedYearSpin)
        QWidget.setTabOrder(self.seedYearSpin, self.seedValueSpin)
        QWidget.setTabOrder(self.seedValueSpin, self.saveSeedButton)
        QWidget.setTabOrder(self.saveSeedButton, self.verifyButton)

        self.retranslateUi(ReportsPage)

        self.tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, ReportsPage):
        self.titleLabel.setText(QCoreApplication.translate("ReportsPage", u"Reports", None))
#if QT_CONFIG(tooltip)
        self.verifyButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Check the QR code or the PDF of a letter, slip or certificate (F8)", None))
#endif // QT_CONFIG(tooltip)
        self.verifyButton.setText(QCoreApplication.translate("ReportsPage", u"&Verify a document\u2026", None))
        self.kindLabel.setText(QCoreApplication.translate("ReportsPage", u"&Report", None))
        self.classLabel.setText(QCoreApplication.translate("ReportsPage", u"C&lass", None))
#if QT_CONFIG(tooltip)
        self.classCombo.setToolTip(QCoreApplication.translate("ReportsPage", u"Pick a class or type its code", None))
#endif // QT_CONFIG(tooltip)
        self.fromLabel.setText(QCoreApplication.translate("ReportsPage", u"&From", None))
        self.toLabel.setText(QCoreApplication.translate("ReportsPage", u"&To", None))
        self.yearLabel.setText(QCoreApplication.translate("ReportsPage", u"&Year", None))
        self.monthLabel.setText(QCoreApplication.translate("ReportsPage", u"&Month", None))
#if QT_CONFIG(tooltip)
        self.fullNikCheck.setToolTip(QCoreApplication.translate("ReportsPage", u"NIKs are masked unless a reason is given; the reason is recorded in the audit log.", None))
#endif // QT_CONFIG(tooltip)
        self.fullNikCheck.setText(QCoreApplication.translate("ReportsPage", u"Show the &full NIK (the reason is recorded)", None))
        self.reasonLabel.setText(QCoreApplication.translate("ReportsPage", u"Rea&son", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("ReportsPage", u"e.g. certification by the institution (BNSP)", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Choose where to save, then write the workbook in the background", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("ReportsPage", u"&Export to Excel\u2026", None))
        self.openExportButton.setText(QCoreApplication.translate("ReportsPage", u"Open &folder", None))
        self.tabs.setTabText(self.tabs.indexOf(self.exportTab), QCoreApplication.translate("ReportsPage", u"Excel &exports", None))
        self.importKindLabel.setText(QCoreApplication.translate("ReportsPage", u"&Data", None))
#if QT_CONFIG(tooltip)
        self.templateButton.setToolTip(QCoreApplication.translate("ReportsPage", u"An empty workbook with the right headers, notes and drop-down lists", None))
#endif // QT_CONFIG(tooltip)
        self.templateButton.setText(QCoreApplication.translate("ReportsPage", u"Save &template\u2026", None))
#if QT_CONFIG(tooltip)
        self.checkFileButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Reads the whole file and checks every row against the database without saving anything (dry run)", None))
#endif // QT_CONFIG(tooltip)
        self.checkFileButton.setText(QCoreApplication.translate("ReportsPage", u"Choose a file and &check\u2026", None))
#if QT_CONFIG(tooltip)
        self.errorReportButton.setToolTip(QCoreApplication.translate("ReportsPage", u"The same list as an Excel workbook, saved beside the imported file", None))
#endif // QT_CONFIG(tooltip)
        self.errorReportButton.setText(QCoreApplication.translate("ReportsPage", u"Open the error &report", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Save every row in one go; possible only after a check without errors", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("ReportsPage", u"&Import", None))
        self.tabs.setTabText(self.tabs.indexOf(self.importTab), QCoreApplication.translate("ReportsPage", u"&Import data", None))
        self.docTypeLabel.setText(QCoreApplication.translate("ReportsPage", u"Document &type", None))
        self.templateGroup.setTitle(QCoreApplication.translate("ReportsPage", u"Number template", None))
        self.templateLabel.setText(QCoreApplication.translate("ReportsPage", u"Number &template", None))
        self.saveTemplateButton.setText(QCoreApplication.translate("ReportsPage", u"Save the te&mplate", None))
        self.seedGroup.setTitle(QCoreApplication.translate("ReportsPage", u"Starting number (a branch that already issued documents this year)", None))
        self.seedYearLabel.setText(QCoreApplication.translate("ReportsPage", u"Y&ear", None))
        self.seedValueLabel.setText(QCoreApplication.translate("ReportsPage", u"&Last number used", None))
        self.saveSeedButton.setText(QCoreApplication.translate("ReportsPage", u"Set the &starting number", None))
        self.tabs.setTabText(self.tabs.indexOf(self.numberingTab), QCoreApplication.translate("ReportsPage", u"Document &numbering", None))
        pass
    # retranslateUi

