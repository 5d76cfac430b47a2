# Generated from forms/class_dialog.ui by pyside6-uic: do not edit; run
# `python -m vokasi_desktop.ui.devtools forms` after changing the form.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'class_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_ClassDialog(object):
    def setupUi(self, ClassDialog):
        if not ClassDialog.objectName():
            ClassDialog.setObjectName(u"ClassDialog")
        ClassDialog.resize(900, 440)
        self.mainLayout = QVBoxLayout(ClassDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setSpacing(12)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.leftLayout = QVBoxLayout()
        self.leftLayout.setObjectName(u"leftLayout")
        self.classGroup = QGroupBox(ClassDialog)
        self.classGroup.setObjectName(u"classGroup")
        self.classForm = QFormLayout(self.classGroup)
        self.classForm.setObjectName(u"classForm")
        self.classForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.classForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.codeLabel = QLabel(self.classGroup)
        self.codeLabel.setObjectName(u"codeLabel")

        self.classForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(self.classGroup)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(32)

        self.classForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.institutionLabel = QLabel(self.classGroup)
        self.institutionLabel.setObjectName(u"institutionLabel")

        self.classForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.institutionLabel)

        self.institutionCombo = QComboBox(self.classGroup)
        self.institutionCombo.setObjectName(u"institutionCombo")

        self.classForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.institutionCombo)

        self.institutionInfoLabel = QLabel(self.classGroup)
        self.institutionInfoLabel.setObjectName(u"institutionInfoLabel")
        self.institutionInfoLabel.setText(u"")
        self.institutionInfoLabel.setWordWrap(True)
        self.institutionInfoLabel.setProperty(u"role", u"warning")

        self.classForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.institutionInfoLabel)

        self.titleLabel = QLabel(self.classGroup)
        self.titleLabel.setObjectName(u"titleLabel")

        self.classForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(self.classGroup)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(200)

        self.classForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.titleError = QLabel(self.classGroup)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setText(u"")
        self.titleError.setWordWrap(True)
        self.titleError.setProperty(u"role", u"error")

        self.classForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.titleError)

        self.fieldLabel = QLabel(self.classGroup)
        self.fieldLabel.setObjectName(u"fieldLabel")

        self.classForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.fieldLabel)

        self.fieldEdit = QLineEdit(self.classGroup)
        self.fieldEdit.setObjectName(u"fieldEdit")
        self.fieldEdit.setMaxLength(100)

        self.classForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.fieldEdit)

        self.hoursLabel = QLabel(self.classGroup)
        self.hoursLabel.setObjectName(u"hoursLabel")

        self.classForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.hoursLabel)

        self.hoursSpin = QSpinBox(self.classGroup)
        self.hoursSpin.setObjectName(u"hoursSpin")
        self.hoursSpin.setMaximum(5000)
        self.hoursSpin.setSingleStep(8)

        self.classForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.hoursSpin)

        self.modeLabel = QLabel(self.classGroup)
        self.modeLabel.setObjectName(u"modeLabel")

        self.classForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.modeLabel)

        self.modeCombo = QComboBox(self.classGroup)
        self.modeCombo.setObjectName(u"modeCombo")

        self.classForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.modeCombo)

        self.regionLabel = QLabel(self.classGroup)
        self.regionLabel.setObjectName(u"regionLabel")

        self.classForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.regionLabel)

        self.regionEdit = QLineEdit(self.classGroup)
        self.regionEdit.setObjectName(u"regionEdit")
        self.regionEdit.setMaxLength(120)

        self.classForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.regionEdit)

        self.regionInfoLabel = QLabel(self.classGroup)
        self.regionInfoLabel.setObjectName(u"regionInfoLabel")
        self.regionInfoLabel.setText(u"")
        self.regionInfoLabel.setWordWrap(True)
        self.regionInfoLabel.setProperty(u"role", u"info")

        self.classForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.regionInfoLabel)

        self.locationLabel = QLabel(self.classGroup)
        self.locationLabel.setObjectName(u"locationLabel")

        self.classForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.locationLabel)

        self.locationEdit = QLineEdit(self.classGroup)
        self.locationEdit.setObjectName(u"locationEdit")
        self.locationEdit.setMaxLength(400)

        self.classForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.locationEdit)


        self.leftLayout.addWidget(self.classGroup)

        self.leftSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftLayout.addItem(self.leftSpacer)


        self.columnsLayout.addLayout(self.leftLayout)

        self.rightLayout = QVBoxLayout()
        self.rightLayout.setObjectName(u"rightLayout")
        self.scheduleGroup = QGroupBox(ClassDialog)
        self.scheduleGroup.setObjectName(u"scheduleGroup")
        self.scheduleForm = QFormLayout(self.scheduleGroup)
        self.scheduleForm.setObjectName(u"scheduleForm")
        self.scheduleForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.scheduleForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.startDateLabel = QLabel(self.scheduleGroup)
        self.startDateLabel.setObjectName(u"startDateLabel")

        self.scheduleForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.startDateLabel)

        self.startDateEdit = QLineEdit(self.scheduleGroup)
        self.startDateEdit.setObjectName(u"startDateEdit")
        self.startDateEdit.setMaxLength(10)
        self.startDateEdit.setMaximumSize(QSize(140, 16777215))

        self.scheduleForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.startDateEdit)

        self.endDateLabel = QLabel(self.scheduleGroup)
        self.endDateLabel.setObjectName(u"endDateLabel")

        self.scheduleForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.endDateLabel)

        self.endDateEdit = QLineEdit(self.scheduleGroup)
        self.endDateEdit.setObjectName(u"endDateEdit")
        self.endDateEdit.setMaxLength(10)
        self.endDateEdit.setMaximumSize(QSize(140, 16777215))

        self.scheduleForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.endDateEdit)

        self.datesError = QLabel(self.scheduleGroup)
        self.datesError.setObjectName(u"datesError")
        self.datesError.setText(u"")
        self.datesError.setWordWrap(True)
        self.datesError.setProperty(u"role", u"error")

        self.scheduleForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.datesError)

        self.capacityLabel = QLabel(self.scheduleGroup)
        self.capacityLabel.setObjectName(u"capacityLabel")

        self.scheduleForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.capacityLabel)

        self.capacitySpin = QSpinBox(self.scheduleGroup)
        self.capacitySpin.setObjectName(u"capacitySpin")
        self.capacitySpin.setMaximum(10000)

        self.scheduleForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.capacitySpin)

        self.seatsLabel = QLabel(self.scheduleGroup)
        self.seatsLabel.setObjectName(u"seatsLabel")
        self.seatsLabel.setText(u"")
        self.seatsLabel.setWordWrap(True)
        self.seatsLabel.setProperty(u"role", u"info")

        self.scheduleForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.seatsLabel)

        self.costLabel = QLabel(self.scheduleGroup)
        self.costLabel.setObjectName(u"costLabel")

        self.scheduleForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.costLabel)

        self.costEdit = QLineEdit(self.scheduleGroup)
        self.costEdit.setObjectName(u"costEdit")
        self.costEdit.setMaxLength(20)

        self.scheduleForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.costEdit)

        self.costError = QLabel(self.scheduleGroup)
        self.costError.setObjectName(u"costError")
        self.costError.setText(u"")
        self.costError.setWordWrap(True)
        self.costError.setProperty(u"role", u"error")

        self.scheduleForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.costError)

        self.statusLabel = QLabel(self.scheduleGroup)
        self.statusLabel.setObjectName(u"statusLabel")

        self.scheduleForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(self.scheduleGroup)
        self.statusCombo.setObjectName(u"statusCombo")

        self.scheduleForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.statusCombo)


        self.rightLayout.addWidget(self.scheduleGroup)

        self.rightSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightLayout.addItem(self.rightSpacer)


        self.columnsLayout.addLayout(self.rightLayout)


        self.mainLayout.addLayout(self.columnsLayout)

        self.warningsLabel = QLabel(ClassDialog)
        self.warningsLabel.setObjectName(u"warningsLabel")
        self.warningsLabel.setText(u"")
        self.warningsLabel.setWordWrap(True)
        self.warningsLabel.setProperty(u"role", u"warning")

        self.mainLayout.addWidget(self.warningsLabel)

        self.messageLabel = QLabel(ClassDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setProperty(u"role", u"error")

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(ClassDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.institutionLabel.setBuddy(self.institutionCombo)
        self.titleLabel.setBuddy(self.titleEdit)
        self.fieldLabel.setBuddy(self.fieldEdit)
        self.hoursLabel.setBuddy(self.hoursSpin)
        self.modeLabel.setBuddy(self.modeCombo)
        self.regionLabel.setBuddy(self.regionEdit)
        self.locationLabel.setBuddy(self.locationEdit)
        self.startDateLabel.setBuddy(self.startDateEdit)
        self.endDateLabel.setBuddy(self.endDateEdit)
        self.capacityLabel.setBuddy(self.capacitySpin)
        self.costLabel.setBuddy(self.costEdit)
        self.statusLabel.setBuddy(self.statusCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.codeEdit, self.institutionCombo)
        QWidget.setTabOrder(self.institutionCombo, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.fieldEdit)
        QWidget.setTabOrder(self.fieldEdit, self.hoursSpin)
        QWidget.setTabOrder(self.hoursSpin, self.modeCombo)
        QWidget.setTabOrder(self.modeCombo, self.regionEdit)
        QWidget.setTabOrder(self.regionEdit, self.locationEdit)
        QWidget.setTabOrder(self.locationEdit, self.startDateEdit)
        QWidget.setTabOrder(self.startDateEdit, self.endDateEdit)
        QWidget.setTabOrder(self.endDateEdit, self.capacitySpin)
        QWidget.setTabOrder(self.capacitySpin, self.costEdit)
        QWidget.setTabOrder(self.costEdit, self.statusCombo)

        self.retranslateUi(ClassDialog)
    # setupUi

    def retranslateUi(self, ClassDialog):
        ClassDialog.setWindowTitle(QCoreApplication.translate("ClassDialog", u"Class", None))
        self.classGroup.setTitle(QCoreApplication.translate("ClassDialog", u"Class", None))
        self.codeLabel.setText(QCoreApplication.translate("ClassDialog", u"&Code", None))
        self.institutionLabel.setText(QCoreApplication.translate("ClassDialog", u"&Institution", None))
        self.titleLabel.setText(QCoreApplication.translate("ClassDialog", u"&Title", None))
        self.fieldLabel.setText(QCoreApplication.translate("ClassDialog", u"&Field", None))
        self.hoursLabel.setText(QCoreApplication.translate("ClassDialog", u"&Hours", None))
        self.modeLabel.setText(QCoreApplication.translate("ClassDialog", u"&Mode", None))
        self.regionLabel.setText(QCoreApplication.translate("ClassDialog", u"&Region", None))
        self.regionEdit.setPlaceholderText(QCoreApplication.translate("ClassDialog", u"Regency/city code or name, e.g. 3578", None))
        self.locationLabel.setText(QCoreApplication.translate("ClassDialog", u"&Location", None))
        self.scheduleGroup.setTitle(QCoreApplication.translate("ClassDialog", u"Schedule, seats and cost", None))
        self.startDateLabel.setText(QCoreApplication.translate("ClassDialog", u"&Start date", None))
        self.startDateEdit.setPlaceholderText(QCoreApplication.translate("ClassDialog", u"dd/mm/yyyy", None))
        self.endDateLabel.setText(QCoreApplication.translate("ClassDialog", u"&End date", None))
        self.endDateEdit.setPlaceholderText(QCoreApplication.translate("ClassDialog", u"dd/mm/yyyy", None))
        self.capacityLabel.setText(QCoreApplication.translate("ClassDialog", u"Ca&pacity (seats)", None))
        self.costLabel.setText(QCoreApplication.translate("ClassDialog", u"Cost per partici&pant", None))
        self.costEdit.setPlaceholderText(QCoreApplication.translate("ClassDialog", u"e.g. 2.400.000", None))
        self.statusLabel.setText(QCoreApplication.translate("ClassDialog", u"St&atus", None))
    # retranslateUi

