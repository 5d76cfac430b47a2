# Generated from forms/institution_dialog.ui by pyside6-uic: do not edit; run
# `python -m vokasi_desktop.ui.devtools forms` after changing the form.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'institution_dialog.ui'
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
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_InstitutionDialog(object):
    def setupUi(self, InstitutionDialog):
        if not InstitutionDialog.objectName():
            InstitutionDialog.setObjectName(u"InstitutionDialog")
        InstitutionDialog.resize(960, 560)
        self.mainLayout = QVBoxLayout(InstitutionDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setSpacing(12)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.leftLayout = QVBoxLayout()
        self.leftLayout.setObjectName(u"leftLayout")
        self.institutionGroup = QGroupBox(InstitutionDialog)
        self.institutionGroup.setObjectName(u"institutionGroup")
        self.institutionForm = QFormLayout(self.institutionGroup)
        self.institutionForm.setObjectName(u"institutionForm")
        self.institutionForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.institutionForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.codeLabel = QLabel(self.institutionGroup)
        self.codeLabel.setObjectName(u"codeLabel")

        self.institutionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(self.institutionGroup)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(32)

        self.institutionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.nameLabel = QLabel(self.institutionGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.institutionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.institutionGroup)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.institutionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(self.institutionGroup)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setText(u"")
        self.nameError.setWordWrap(True)
        self.nameError.setProperty(u"role", u"error")

        self.institutionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.typeLabel = QLabel(self.institutionGroup)
        self.typeLabel.setObjectName(u"typeLabel")

        self.institutionForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.typeCombo = QComboBox(self.institutionGroup)
        self.typeCombo.setObjectName(u"typeCombo")

        self.institutionForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.ownershipLabel = QLabel(self.institutionGroup)
        self.ownershipLabel.setObjectName(u"ownershipLabel")

        self.institutionForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.ownershipLabel)

        self.ownershipCombo = QComboBox(self.institutionGroup)
        self.ownershipCombo.setObjectName(u"ownershipCombo")

        self.institutionForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.ownershipCombo)

        self.statusLabel = QLabel(self.institutionGroup)
        self.statusLabel.setObjectName(u"statusLabel")

        self.institutionForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(self.institutionGroup)
        self.statusCombo.setObjectName(u"statusCombo")

        self.institutionForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.capacityLabel = QLabel(self.institutionGroup)
        self.capacityLabel.setObjectName(u"capacityLabel")

        self.institutionForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.capacityLabel)

        self.capacitySpin = QSpinBox(self.institutionGroup)
        self.capacitySpin.setObjectName(u"capacitySpin")
        self.capacitySpin.setMaximum(100000)
        self.capacitySpin.setSingleStep(10)

        self.institutionForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.capacitySpin)

        self.addressLabel = QLabel(self.institutionGroup)
        self.addressLabel.setObjectName(u"addressLabel")

        self.institutionForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QPlainTextEdit(self.institutionGroup)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setTabChangesFocus(True)
        self.addressEdit.setMaximumSize(QSize(16777215, 64))

        self.institutionForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.regionLabel = QLabel(self.institutionGroup)
        self.regionLabel.setObjectName(u"regionLabel")

        self.institutionForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.regionLabel)

        self.regionEdit = QLineEdit(self.institutionGroup)
        self.regionEdit.setObjectName(u"regionEdit")
        self.regionEdit.setMaxLength(120)

        self.institutionForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.regionEdit)

        self.regionInfoLabel = QLabel(self.institutionGroup)
        self.regionInfoLabel.setObjectName(u"regionInfoLabel")
        self.regionInfoLabel.setText(u"")
        self.regionInfoLabel.setWordWrap(True)
        self.regionInfoLabel.setProperty(u"role", u"info")

        self.institutionForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.regionInfoLabel)

        self.contactLabel = QLabel(self.institutionGroup)
        self.contactLabel.setObjectName(u"contactLabel")

        self.institutionForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.contactLabel)

        self.contactEdit = QLineEdit(self.institutionGroup)
        self.contactEdit.setObjectName(u"contactEdit")
        self.contactEdit.setMaxLength(200)

        self.institutionForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.contactEdit)

        self.phoneLabel = QLabel(self.institutionGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.institutionForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.institutionGroup)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(30)

        self.institutionForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.emailLabel = QLabel(self.institutionGroup)
        self.emailLabel.setObjectName(u"emailLabel")

        self.institutionForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.institutionGroup)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(200)

        self.institutionForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.emailEdit)


        self.leftLayout.addWidget(self.institutionGroup)

        self.leftSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftLayout.addItem(self.leftSpacer)


        self.columnsLayout.addLayout(self.leftLayout)

        self.rightLayout = QVBoxLayout()
        self.rightLayout.setObjectName(u"rightLayout")
        self.licenceGroup = QGroupBox(InstitutionDialog)
        self.licenceGroup.setObjectName(u"licenceGroup")
        self.licenceForm = QFormLayout(self.licenceGroup)
        self.licenceForm.setObjectName(u"licenceForm")
        self.licenceForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.licenceForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.licenceNumberLabel = QLabel(self.licenceGroup)
        self.licenceNumberLabel.setObjectName(u"licenceNumberLabel")

        self.licenceForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.licenceNumberLabel)

        self.licenceNumberEdit = QLineEdit(self.licenceGroup)
        self.licenceNumberEdit.setObjectName(u"licenceNumberEdit")
        self.licenceNumberEdit.setMaxLength(100)

        self.licenceForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.licenceNumberEdit)

        self.licenceIssuerLabel = QLabel(self.licenceGroup)
        self.licenceIssuerLabel.setObjectName(u"licenceIssuerLabel")

        self.licenceForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.licenceIssuerLabel)

        self.licenceIssuerEdit = QLineEdit(self.licenceGroup)
        self.licenceIssuerEdit.setObjectName(u"licenceIssuerEdit")
        self.licenceIssuerEdit.setMaxLength(200)

        self.licenceForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.licenceIssuerEdit)

        self.licenceIssuedLabel = QLabel(self.licenceGroup)
        self.licenceIssuedLabel.setObjectName(u"licenceIssuedLabel")

        self.licenceForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.licenceIssuedLabel)

        self.licenceIssuedEdit = QLineEdit(self.licenceGroup)
        self.licenceIssuedEdit.setObjectName(u"licenceIssuedEdit")
        self.licenceIssuedEdit.setMaxLength(10)
        self.licenceIssuedEdit.setMaximumSize(QSize(140, 16777215))

        self.licenceForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.licenceIssuedEdit)

        self.licenceExpiresLabel = QLabel(self.licenceGroup)
        self.licenceExpiresLabel.setObjectName(u"licenceExpiresLabel")

        self.licenceForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.licenceExpiresLabel)

        self.licenceExpiresEdit = QLineEdit(self.licenceGroup)
        self.licenceExpiresEdit.setObjectName(u"licenceExpiresEdit")
        self.licenceExpiresEdit.setMaxLength(10)
        self.licenceExpiresEdit.setMaximumSize(QSize(140, 16777215))

        self.licenceForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.licenceExpiresEdit)

        self.licenceStateLabel = QLabel(self.licenceGroup)
        self.licenceStateLabel.setObjectName(u"licenceStateLabel")
        self.licenceStateLabel.setText(u"")
        self.licenceStateLabel.setWordWrap(True)
        self.licenceStateLabel.setProperty(u"role", u"info")

        self.licenceForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.licenceStateLabel)


        self.rightLayout.addWidget(self.licenceGroup)

        self.experienceGroup = QGroupBox(InstitutionDialog)
        self.experienceGroup.setObjectName(u"experienceGroup")
        self.experienceForm = QFormLayout(self.experienceGroup)
        self.experienceForm.setObjectName(u"experienceForm")
        self.experienceForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.experienceForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.foundedLabel = QLabel(self.experienceGroup)
        self.foundedLabel.setObjectName(u"foundedLabel")

        self.experienceForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.foundedLabel)

        self.foundedEdit = QLineEdit(self.experienceGroup)
        self.foundedEdit.setObjectName(u"foundedEdit")
        self.foundedEdit.setMaxLength(10)
        self.foundedEdit.setMaximumSize(QSize(140, 16777215))

        self.experienceForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.foundedEdit)

        self.experienceLabel = QLabel(self.experienceGroup)
        self.experienceLabel.setObjectName(u"experienceLabel")
        self.experienceLabel.setText(u"")
        self.experienceLabel.setWordWrap(True)
        self.experienceLabel.setProperty(u"role", u"info")

        self.experienceForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.experienceLabel)

        self.accreditationLabel = QLabel(self.experienceGroup)
        self.accreditationLabel.setObjectName(u"accreditationLabel")

        self.experienceForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.accreditationLabel)

        self.accreditationCombo = QComboBox(self.experienceGroup)
        self.accreditationCombo.setObjectName(u"accreditationCombo")

        self.experienceForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.accreditationCombo)

        self.accreditationExpiresLabel = QLabel(self.experienceGroup)
        self.accreditationExpiresLabel.setObjectName(u"accreditationExpiresLabel")

        self.experienceForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.accreditationExpiresLabel)

        self.accreditationExpiresEdit = QLineEdit(self.experienceGroup)
        self.accreditationExpiresEdit.setObjectName(u"accreditationExpiresEdit")
        self.accreditationExpiresEdit.setMaxLength(10)
        self.accreditationExpiresEdit.setMaximumSize(QSize(140, 16777215))

        self.experienceForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.accreditationExpiresEdit)


        self.rightLayout.addWidget(self.experienceGroup)

        self.pksGroup = QGroupBox(InstitutionDialog)
        self.pksGroup.setObjectName(u"pksGroup")
        self.pksForm = QFormLayout(self.pksGroup)
        self.pksForm.setObjectName(u"pksForm")
        self.pksForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.pksForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.pksNumberLabel = QLabel(self.pksGroup)
        self.pksNumberLabel.setObjectName(u"pksNumberLabel")

        self.pksForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pksNumberLabel)

        self.pksNumberEdit = QLineEdit(self.pksGroup)
        self.pksNumberEdit.setObjectName(u"pksNumberEdit")
        self.pksNumberEdit.setMaxLength(100)

        self.pksForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.pksNumberEdit)

        self.pksFromLabel = QLabel(self.pksGroup)
        self.pksFromLabel.setObjectName(u"pksFromLabel")

        self.pksForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.pksFromLabel)

        self.pksFromEdit = QLineEdit(self.pksGroup)
        self.pksFromEdit.setObjectName(u"pksFromEdit")
        self.pksFromEdit.setMaxLength(10)
        self.pksFromEdit.setMaximumSize(QSize(140, 16777215))

        self.pksForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.pksFromEdit)

        self.pksToLabel = QLabel(self.pksGroup)
        self.pksToLabel.setObjectName(u"pksToLabel")

        self.pksForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.pksToLabel)

        self.pksToEdit = QLineEdit(self.pksGroup)
        self.pksToEdit.setObjectName(u"pksToEdit")
        self.pksToEdit.setMaxLength(10)
        self.pksToEdit.setMaximumSize(QSize(140, 16777215))

        self.pksForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.pksToEdit)


        self.rightLayout.addWidget(self.pksGroup)

        self.rightSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightLayout.addItem(self.rightSpacer)


        self.columnsLayout.addLayout(self.rightLayout)


        self.mainLayout.addLayout(self.columnsLayout)

        self.messageLabel = QLabel(InstitutionDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setProperty(u"role", u"error")

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(InstitutionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.typeLabel.setBuddy(self.typeCombo)
        self.ownershipLabel.setBuddy(self.ownershipCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.capacityLabel.setBuddy(self.capacitySpin)
        self.addressLabel.setBuddy(self.addressEdit)
        self.regionLabel.setBuddy(self.regionEdit)
        self.contactLabel.setBuddy(self.contactEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.licenceNumberLabel.setBuddy(self.licenceNumberEdit)
        self.licenceIssuerLabel.setBuddy(self.licenceIssuerEdit)
        self.licenceIssuedLabel.setBuddy(self.licenceIssuedEdit)
        self.licenceExpiresLabel.setBuddy(self.licenceExpiresEdit)
        self.foundedLabel.setBuddy(self.foundedEdit)
        self.accreditationLabel.setBuddy(self.accreditationCombo)
        self.accreditationExpiresLabel.setBuddy(self.accreditationExpiresEdit)
        self.pksNumberLabel.setBuddy(self.pksNumberEdit)
        self.pksFromLabel.setBuddy(self.pksFromEdit)
        self.pksToLabel.setBuddy(self.pksToEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.codeEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.typeCombo)
        QWidget.setTabOrder(self.typeCombo, self.ownershipCombo)
        QWidget.setTabOrder(self.ownershipCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.capacitySpin)
        QWidget.setTabOrder(self.capacitySpin, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.regionEdit)
        QWidget.setTabOrder(self.regionEdit, self.contactEdit)
        QWidget.setTabOrder(self.contactEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.licenceNumberEdit)
        QWidget.setTabOrder(self.licenceNumberEdit, self.licenceIssuerEdit)
        QWidget.setTabOrder(self.licenceIssuerEdit, self.licenceIssuedEdit)
        QWidget.setTabOrder(self.licenceIssuedEdit, self.licenceExpiresEdit)
        QWidget.setTabOrder(self.licenceExpiresEdit, self.foundedEdit)
        QWidget.setTabOrder(self.foundedEdit, self.accreditationCombo)
        QWidget.setTabOrder(self.accreditationCombo, self.accreditationExpiresEdit)
        QWidget.setTabOrder(self.accreditationExpiresEdit, self.pksNumberEdit)
        QWidget.setTabOrder(self.pksNumberEdit, self.pksFromEdit)
        QWidget.setTabOrder(self.pksFromEdit, self.pksToEdit)

        self.retranslateUi(InstitutionDialog)
    # setupUi

    def retranslateUi(self, InstitutionDialog):
        InstitutionDialog.setWindowTitle(QCoreApplication.translate("InstitutionDialog", u"Training institution", None))
        self.institutionGroup.setTitle(QCoreApplication.translate("InstitutionDialog", u"Institution", None))
        self.codeLabel.setText(QCoreApplication.translate("InstitutionDialog", u"&Code", None))
        self.nameLabel.setText(QCoreApplication.translate("InstitutionDialog", u"&Name", None))
        self.typeLabel.setText(QCoreApplication.translate("InstitutionDialog", u"&Type", None))
        self.ownershipLabel.setText(QCoreApplication.translate("InstitutionDialog", u"&Ownership", None))
        self.statusLabel.setText(QCoreApplication.translate("InstitutionDialog", u"&Status", None))
        self.capacityLabel.setText(QCoreApplication.translate("InstitutionDialog", u"Ca&pacity (people)", None))
        self.addressLabel.setText(QCoreApplication.translate("InstitutionDialog", u"A&ddress", None))
        self.regionLabel.setText(QCoreApplication.translate("InstitutionDialog", u"&Region", None))
        self.regionEdit.setPlaceholderText(QCoreApplication.translate("InstitutionDialog", u"Regency/city code or name, e.g. 3578", None))
        self.contactLabel.setText(QCoreApplication.translate("InstitutionDialog", u"Contact p&erson", None))
        self.phoneLabel.setText(QCoreApplication.translate("InstitutionDialog", u"P&hone", None))
        self.emailLabel.setText(QCoreApplication.translate("InstitutionDialog", u"E-&mail", None))
        self.licenceGroup.setTitle(QCoreApplication.translate("InstitutionDialog", u"Licence", None))
        self.licenceNumberLabel.setText(QCoreApplication.translate("InstitutionDialog", u"&Licence number", None))
        self.licenceIssuerLabel.setText(QCoreApplication.translate("InstitutionDialog", u"&Issued by", None))
        self.licenceIssuedLabel.setText(QCoreApplication.translate("InstitutionDialog", u"Issued o&n", None))
        self.licenceIssuedEdit.setPlaceholderText(QCoreApplication.translate("InstitutionDialog", u"dd/mm/yyyy", None))
        self.licenceExpiresLabel.setText(QCoreApplication.translate("InstitutionDialog", u"E&xpires on", None))
        self.licenceExpiresEdit.setPlaceholderText(QCoreApplication.translate("InstitutionDialog", u"dd/mm/yyyy", None))
        self.experienceGroup.setTitle(QCoreApplication.translate("InstitutionDialog", u"Experience and accreditation", None))
        self.foundedLabel.setText(QCoreApplication.translate("InstitutionDialog", u"&Founded / first activity", None))
        self.foundedEdit.setPlaceholderText(QCoreApplication.translate("InstitutionDialog", u"dd/mm/yyyy", None))
        self.accreditationLabel.setText(QCoreApplication.translate("InstitutionDialog", u"Acc&reditation", None))
        self.accreditationExpiresLabel.setText(QCoreApplication.translate("InstitutionDialog", u"Accreditation &valid until", None))
        self.accreditationExpiresEdit.setPlaceholderText(QCoreApplication.translate("InstitutionDialog", u"dd/mm/yyyy", None))
        self.pksGroup.setTitle(QCoreApplication.translate("InstitutionDialog", u"Partnership agreement (PKS)", None))
        self.pksNumberLabel.setText(QCoreApplication.translate("InstitutionDialog", u"PKS n&umber", None))
        self.pksFromLabel.setText(QCoreApplication.translate("InstitutionDialog", u"Valid fro&m", None))
        self.pksFromEdit.setPlaceholderText(QCoreApplication.translate("InstitutionDialog", u"dd/mm/yyyy", None))
        self.pksToLabel.setText(QCoreApplication.translate("InstitutionDialog", u"Valid un&til", None))
        self.pksToEdit.setPlaceholderText(QCoreApplication.translate("InstitutionDialog", u"dd/mm/yyyy", None))
    # retranslateUi

