# Generated from forms/member_dialog.ui by pyside6-uic: do not edit; run
# `python -m vokasi_desktop.ui.devtools forms` after changing the form.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'member_dialog.ui'
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
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_MemberDialog(object):
    def setupUi(self, MemberDialog):
        if not MemberDialog.objectName():
            MemberDialog.setObjectName(u"MemberDialog")
        MemberDialog.resize(980, 470)
        self.mainLayout = QVBoxLayout(MemberDialog)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setSpacing(12)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.leftLayout = QVBoxLayout()
        self.leftLayout.setObjectName(u"leftLayout")
        self.identityGroup = QGroupBox(MemberDialog)
        self.identityGroup.setObjectName(u"identityGroup")
        self.identityForm = QFormLayout(self.identityGroup)
        self.identityForm.setObjectName(u"identityForm")
        self.identityForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.identityForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.nikLabel = QLabel(self.identityGroup)
        self.nikLabel.setObjectName(u"nikLabel")

        self.identityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nikLabel)

        self.nikEdit = QLineEdit(self.identityGroup)
        self.nikEdit.setObjectName(u"nikEdit")
        self.nikEdit.setMaxLength(24)

        self.identityForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nikEdit)

        self.nikInfoLabel = QLabel(self.identityGroup)
        self.nikInfoLabel.setObjectName(u"nikInfoLabel")
        self.nikInfoLabel.setText(u"")
        self.nikInfoLabel.setWordWrap(True)
        self.nikInfoLabel.setProperty(u"role", u"info")

        self.identityForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nikInfoLabel)

        self.nameLabel = QLabel(self.identityGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.identityForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.identityGroup)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.identityForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(self.identityGroup)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setText(u"")
        self.nameError.setWordWrap(True)
        self.nameError.setProperty(u"role", u"error")

        self.identityForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.birthPlaceLabel = QLabel(self.identityGroup)
        self.birthPlaceLabel.setObjectName(u"birthPlaceLabel")

        self.identityForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.birthPlaceLabel)

        self.birthPlaceEdit = QLineEdit(self.identityGroup)
        self.birthPlaceEdit.setObjectName(u"birthPlaceEdit")
        self.birthPlaceEdit.setMaxLength(100)

        self.identityForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.birthPlaceEdit)

        self.birthDateLabel = QLabel(self.identityGroup)
        self.birthDateLabel.setObjectName(u"birthDateLabel")

        self.identityForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.birthDateLabel)

        self.birthDateEdit = QLineEdit(self.identityGroup)
        self.birthDateEdit.setObjectName(u"birthDateEdit")
        self.birthDateEdit.setMaxLength(10)
        self.birthDateEdit.setMaximumSize(QSize(140, 16777215))

        self.identityForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.birthDateEdit)

        self.birthDateError = QLabel(self.identityGroup)
        self.birthDateError.setObjectName(u"birthDateError")
        self.birthDateError.setText(u"")
        self.birthDateError.setWordWrap(True)
        self.birthDateError.setProperty(u"role", u"error")

        self.identityForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.birthDateError)

        self.sexLabel = QLabel(self.identityGroup)
        self.sexLabel.setObjectName(u"sexLabel")

        self.identityForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.sexLabel)

        self.sexCombo = QComboBox(self.identityGroup)
        self.sexCombo.setObjectName(u"sexCombo")

        self.identityForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.sexCombo)

        self.kkLabel = QLabel(self.identityGroup)
        self.kkLabel.setObjectName(u"kkLabel")

        self.identityForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.kkLabel)

        self.kkEdit = QLineEdit(self.identityGroup)
        self.kkEdit.setObjectName(u"kkEdit")
        self.kkEdit.setMaxLength(24)

        self.identityForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.kkEdit)

        self.kkError = QLabel(self.identityGroup)
        self.kkError.setObjectName(u"kkError")
        self.kkError.setText(u"")
        self.kkError.setWordWrap(True)
        self.kkError.setProperty(u"role", u"error")

        self.identityForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.kkError)

        self.addressLabel = QLabel(self.identityGroup)
        self.addressLabel.setObjectName(u"addressLabel")

        self.identityForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QPlainTextEdit(self.identityGroup)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setTabChangesFocus(True)
        self.addressEdit.setMaximumSize(QSize(16777215, 64))

        self.identityForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.regionLabel = QLabel(self.identityGroup)
        self.regionLabel.setObjectName(u"regionLabel")

        self.identityForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.regionLabel)

        self.regionEdit = QLineEdit(self.identityGroup)
        self.regionEdit.setObjectName(u"regionEdit")
        self.regionEdit.setMaxLength(120)

        self.identityForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.regionEdit)

        self.regionInfoLabel = QLabel(self.identityGroup)
        self.regionInfoLabel.setObjectName(u"regionInfoLabel")
        self.regionInfoLabel.setText(u"")
        self.regionInfoLabel.setWordWrap(True)
        self.regionInfoLabel.setProperty(u"role", u"info")

        self.identityForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.regionInfoLabel)

        self.phoneLabel = QLabel(self.identityGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.identityForm.setWidget(13, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.identityGroup)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(30)

        self.identityForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.phoneEdit)


        self.leftLayout.addWidget(self.identityGroup)

        self.leftSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftLayout.addItem(self.leftSpacer)


        self.columnsLayout.addLayout(self.leftLayout)

        self.rightLayout = QVBoxLayout()
        self.rightLayout.setObjectName(u"rightLayout")
        self.membershipGroup = QGroupBox(MemberDialog)
        self.membershipGroup.setObjectName(u"membershipGroup")
        self.membershipForm = QFormLayout(self.membershipGroup)
        self.membershipForm.setObjectName(u"membershipForm")
        self.membershipForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.membershipForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.kpjLabel = QLabel(self.membershipGroup)
        self.kpjLabel.setObjectName(u"kpjLabel")

        self.membershipForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kpjLabel)

        self.kpjEdit = QLineEdit(self.membershipGroup)
        self.kpjEdit.setObjectName(u"kpjEdit")
        self.kpjEdit.setMaxLength(20)

        self.membershipForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kpjEdit)

        self.kpjError = QLabel(self.membershipGroup)
        self.kpjError.setObjectName(u"kpjError")
        self.kpjError.setText(u"")
        self.kpjError.setWordWrap(True)
        self.kpjError.setProperty(u"role", u"error")

        self.membershipForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kpjError)

        self.segmentLabel = QLabel(self.membershipGroup)
        self.segmentLabel.setObjectName(u"segmentLabel")

        self.membershipForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.segmentLabel)

        self.segmentCombo = QComboBox(self.membershipGroup)
        self.segmentCombo.setObjectName(u"segmentCombo")

        self.membershipForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.segmentCombo)

        self.employmentLabel = QLabel(self.membershipGroup)
        self.employmentLabel.setObjectName(u"employmentLabel")

        self.membershipForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.employmentLabel)

        self.employmentCombo = QComboBox(self.membershipGroup)
        self.employmentCombo.setObjectName(u"employmentCombo")

        self.membershipForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.employmentCombo)

        self.layoffDateLabel = QLabel(self.membershipGroup)
        self.layoffDateLabel.setObjectName(u"layoffDateLabel")

        self.membershipForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.layoffDateLabel)

        self.layoffDateEdit = QLineEdit(self.membershipGroup)
        self.layoffDateEdit.setObjectName(u"layoffDateEdit")
        self.layoffDateEdit.setMaxLength(10)
        self.layoffDateEdit.setMaximumSize(QSize(140, 16777215))

        self.membershipForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.layoffDateEdit)

        self.layoffDateError = QLabel(self.membershipGroup)
        self.layoffDateError.setObjectName(u"layoffDateError")
        self.layoffDateError.setText(u"")
        self.layoffDateError.setWordWrap(True)
        self.layoffDateError.setProperty(u"role", u"error")

        self.membershipForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.layoffDateError)

        self.membershipLabel = QLabel(self.membershipGroup)
        self.membershipLabel.setObjectName(u"membershipLabel")

        self.membershipForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.membershipLabel)

        self.membershipCombo = QComboBox(self.membershipGroup)
        self.membershipCombo.setObjectName(u"membershipCombo")

        self.membershipForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.membershipCombo)

        self.membershipSinceLabel = QLabel(self.membershipGroup)
        self.membershipSinceLabel.setObjectName(u"membershipSinceLabel")

        self.membershipForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.membershipSinceLabel)

        self.membershipSinceEdit = QLineEdit(self.membershipGroup)
        self.membershipSinceEdit.setObjectName(u"membershipSinceEdit")
        self.membershipSinceEdit.setMaxLength(10)
        self.membershipSinceEdit.setMaximumSize(QSize(140, 16777215))

        self.membershipForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.membershipSinceEdit)

        self.membershipSinceError = QLabel(self.membershipGroup)
        self.membershipSinceError.setObjectName(u"membershipSinceError")
        self.membershipSinceError.setText(u"")
        self.membershipSinceError.setWordWrap(True)
        self.membershipSinceError.setProperty(u"role", u"error")

        self.membershipForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.membershipSinceError)

        self.verificationTitle = QLabel(self.membershipGroup)
        self.verificationTitle.setObjectName(u"verificationTitle")

        self.membershipForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.verificationTitle)

        self.verificationLabel = QLabel(self.membershipGroup)
        self.verificationLabel.setObjectName(u"verificationLabel")
        self.verificationLabel.setText(u"")
        self.verificationLabel.setWordWrap(True)
        self.verificationLabel.setProperty(u"role", u"info")

        self.membershipForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.verificationLabel)


        self.rightLayout.addWidget(self.membershipGroup)

        self.consentGroup = QGroupBox(MemberDialog)
        self.consentGroup.setObjectName(u"consentGroup")
        self.consentForm = QFormLayout(self.consentGroup)
        self.consentForm.setObjectName(u"consentForm")
        self.consentForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.consentForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.consentPurposeLabel = QLabel(self.consentGroup)
        self.consentPurposeLabel.setObjectName(u"consentPurposeLabel")

        self.consentForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.consentPurposeLabel)

        self.consentPurposeEdit = QLineEdit(self.consentGroup)
        self.consentPurposeEdit.setObjectName(u"consentPurposeEdit")
        self.consentPurposeEdit.setMaxLength(400)

        self.consentForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.consentPurposeEdit)

        self.nikReasonLabel = QLabel(self.consentGroup)
        self.nikReasonLabel.setObjectName(u"nikReasonLabel")

        self.consentForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nikReasonLabel)

        self.nikReasonEdit = QLineEdit(self.consentGroup)
        self.nikReasonEdit.setObjectName(u"nikReasonEdit")
        self.nikReasonEdit.setMaxLength(400)

        self.consentForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nikReasonEdit)


        self.rightLayout.addWidget(self.consentGroup)

        self.rightSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightLayout.addItem(self.rightSpacer)


        self.columnsLayout.addLayout(self.rightLayout)


        self.mainLayout.addLayout(self.columnsLayout)

        self.duplicatesLabel = QLabel(MemberDialog)
        self.duplicatesLabel.setObjectName(u"duplicatesLabel")
        self.duplicatesLabel.setText(u"")
        self.duplicatesLabel.setWordWrap(True)
        self.duplicatesLabel.setProperty(u"role", u"warning")

        self.mainLayout.addWidget(self.duplicatesLabel)

        self.messageLabel = QLabel(MemberDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setProperty(u"role", u"error")

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(MemberDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nikLabel.setBuddy(self.nikEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.birthPlaceLabel.setBuddy(self.birthPlaceEdit)
        self.birthDateLabel.setBuddy(self.birthDateEdit)
        self.sexLabel.setBuddy(self.sexCombo)
        self.kkLabel.setBuddy(self.kkEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.regionLabel.setBuddy(self.regionEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.kpjLabel.setBuddy(self.kpjEdit)
        self.segmentLabel.setBuddy(self.segmentCombo)
        self.employmentLabel.setBuddy(self.employmentCombo)
        self.layoffDateLabel.setBuddy(self.layoffDateEdit)
        self.membershipLabel.setBuddy(self.membershipCombo)
        self.membershipSinceLabel.setBuddy(self.membershipSinceEdit)
        self.verificationTitle.setBuddy(self.verificationLabel)
        self.consentPurposeLabel.setBuddy(self.consentPurposeEdit)
        self.nikReasonLabel.setBuddy(self.nikReasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nikEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.birthPlaceEdit)
        QWidget.setTabOrder(self.birthPlaceEdit, self.birthDateEdit)
        QWidget.setTabOrder(self.birthDateEdit, self.sexCombo)
        QWidget.setTabOrder(self.sexCombo, self.kkEdit)
        QWidget.setTabOrder(self.kkEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.regionEdit)
        QWidget.setTabOrder(self.regionEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.kpjEdit)
        QWidget.setTabOrder(self.kpjEdit, self.segmentCombo)
        QWidget.setTabOrder(self.segmentCombo, self.employmentCombo)
        QWidget.setTabOrder(self.employmentCombo, self.layoffDateEdit)
        QWidget.setTabOrder(self.layoffDateEdit, self.membershipCombo)
        QWidget.setTabOrder(self.membershipCombo, self.membershipSinceEdit)
        QWidget.setTabOrder(self.membershipSinceEdit, self.consentPurposeEdit)
        QWidget.setTabOrder(self.consentPurposeEdit, self.nikReasonEdit)

        self.retranslateUi(MemberDialog)
    # setupUi

    def retranslateUi(self, MemberDialog):
        MemberDialog.setWindowTitle(QCoreApplication.translate("MemberDialog", u"Member", None))
        self.identityGroup.setTitle(QCoreApplication.translate("MemberDialog", u"Identity", None))
        self.nikLabel.setText(QCoreApplication.translate("MemberDialog", u"NI&K", None))
        self.nikEdit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"16 digits; spaces and dots are allowed", None))
        self.nameLabel.setText(QCoreApplication.translate("MemberDialog", u"&Name", None))
        self.birthPlaceLabel.setText(QCoreApplication.translate("MemberDialog", u"Birth &place", None))
        self.birthDateLabel.setText(QCoreApplication.translate("MemberDialog", u"&Birth date", None))
        self.birthDateEdit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"dd/mm/yyyy", None))
        self.sexLabel.setText(QCoreApplication.translate("MemberDialog", u"Se&x", None))
        self.kkLabel.setText(QCoreApplication.translate("MemberDialog", u"&Family card (KK)", None))
        self.kkEdit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"16 digits (optional)", None))
        self.addressLabel.setText(QCoreApplication.translate("MemberDialog", u"A&ddress", None))
        self.regionLabel.setText(QCoreApplication.translate("MemberDialog", u"&Region", None))
        self.regionEdit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"Regency/city code or name, e.g. 3578", None))
        self.phoneLabel.setText(QCoreApplication.translate("MemberDialog", u"P&hone", None))
        self.membershipGroup.setTitle(QCoreApplication.translate("MemberDialog", u"Membership and work", None))
        self.kpjLabel.setText(QCoreApplication.translate("MemberDialog", u"KP&J number", None))
        self.kpjEdit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"11 characters (optional)", None))
        self.segmentLabel.setText(QCoreApplication.translate("MemberDialog", u"Se&gment", None))
        self.employmentLabel.setText(QCoreApplication.translate("MemberDialog", u"&Employment status", None))
        self.layoffDateLabel.setText(QCoreApplication.translate("MemberDialog", u"La&yoff / contract end", None))
        self.layoffDateEdit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"dd/mm/yyyy", None))
        self.membershipLabel.setText(QCoreApplication.translate("MemberDialog", u"Membership s&tatus", None))
        self.membershipSinceLabel.setText(QCoreApplication.translate("MemberDialog", u"Member s&ince", None))
        self.membershipSinceEdit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"dd/mm/yyyy", None))
        self.verificationTitle.setText(QCoreApplication.translate("MemberDialog", u"Verification", None))
        self.consentGroup.setTitle(QCoreApplication.translate("MemberDialog", u"Consent and notes", None))
        self.consentPurposeLabel.setText(QCoreApplication.translate("MemberDialog", u"Consent p&urpose", None))
        self.nikReasonLabel.setText(QCoreApplication.translate("MemberDialog", u"NIK &warning reason", None))
        self.nikReasonEdit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"Needed when the NIK does not match the birth date or sex", None))
    # retranslateUi

