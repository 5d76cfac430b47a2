# Generated from forms/verify_dialog.ui by pyside6-uic: do not edit; run
# `python -m vokasi_desktop.ui.devtools forms` after changing the form.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'verify_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_VerifyDialog(object):
    def setupUi(self, VerifyDialog):
        if not VerifyDialog.objectName():
            VerifyDialog.setObjectName(u"VerifyDialog")
        VerifyDialog.resize(640, 600)
        self.mainLayout = QVBoxLayout(VerifyDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(14, 12, 14, 12)
        self.titleLabel = QLabel(VerifyDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.mainLayout.addWidget(self.titleLabel)

        self.instructionLabel = QLabel(VerifyDialog)
        self.instructionLabel.setObjectName(u"instructionLabel")
        self.instructionLabel.setWordWrap(True)
        self.instructionLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.instructionLabel)

        self.inputLayout = QHBoxLayout()
        self.inputLayout.setSpacing(6)
        self.inputLayout.setObjectName(u"inputLayout")
        self.codeEdit = QLineEdit(VerifyDialog)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setClearButtonEnabled(True)

        self.inputLayout.addWidget(self.codeEdit)

        self.checkButton = QPushButton(VerifyDialog)
        self.checkButton.setObjectName(u"checkButton")

        self.inputLayout.addWidget(self.checkButton)

        self.pdfButton = QPushButton(VerifyDialog)
        self.pdfButton.setObjectName(u"pdfButton")

        self.inputLayout.addWidget(self.pdfButton)


        self.mainLayout.addLayout(self.inputLayout)

        self.statusLabel = QLabel(VerifyDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setMinimumSize(QSize(0, 72))
        self.statusLabel.setText(u"")
        self.statusLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.statusLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.statusLabel)

        self.messageLabel = QLabel(VerifyDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.messageLabel)

        self.detailsGroup = QGroupBox(VerifyDialog)
        self.detailsGroup.setObjectName(u"detailsGroup")
        self.detailsForm = QFormLayout(self.detailsGroup)
        self.detailsForm.setObjectName(u"detailsForm")
        self.detailsForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.detailsForm.setHorizontalSpacing(12)
        self.numberLabel = QLabel(self.detailsGroup)
        self.numberLabel.setObjectName(u"numberLabel")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberValue = QLabel(self.detailsGroup)
        self.numberValue.setObjectName(u"numberValue")
        self.numberValue.setText(u"-")
        self.numberValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.numberValue)

        self.typeLabel = QLabel(self.detailsGroup)
        self.typeLabel.setObjectName(u"typeLabel")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.typeValue = QLabel(self.detailsGroup)
        self.typeValue.setObjectName(u"typeValue")
        self.typeValue.setText(u"-")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.typeValue)

        self.branchLabel = QLabel(self.detailsGroup)
        self.branchLabel.setObjectName(u"branchLabel")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.branchLabel)

        self.branchValue = QLabel(self.detailsGroup)
        self.branchValue.setObjectName(u"branchValue")
        self.branchValue.setText(u"-")
        self.branchValue.setWordWrap(True)

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.branchValue)

        self.dateLabel = QLabel(self.detailsGroup)
        self.dateLabel.setObjectName(u"dateLabel")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateValue = QLabel(self.detailsGroup)
        self.dateValue.setObjectName(u"dateValue")
        self.dateValue.setText(u"-")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dateValue)

        self.nameLabel = QLabel(self.detailsGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameValue = QLabel(self.detailsGroup)
        self.nameValue.setObjectName(u"nameValue")
        self.nameValue.setText(u"-")
        self.nameValue.setWordWrap(True)
        self.nameValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.nameValue)

        self.nikLabel = QLabel(self.detailsGroup)
        self.nikLabel.setObjectName(u"nikLabel")

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.nikLabel)

        self.nikValue = QLabel(self.detailsGroup)
        self.nikValue.setObjectName(u"nikValue")
        self.nikValue.setText(u"-")

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.nikValue)

        self.classLabel = QLabel(self.detailsGroup)
        self.classLabel.setObjectName(u"classLabel")

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.classLabel)

        self.classValue = QLabel(self.detailsGroup)
        self.classValue.setObjectName(u"classValue")
        self.classValue.setText(u"-")

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.classValue)

        self.registryLabel = QLabel(self.detailsGroup)
        self.registryLabel.setObjectName(u"registryLabel")

        self.detailsForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.registryLabel)

        self.registryValue = QLabel(self.detailsGroup)
        self.registryValue.setObjectName(u"registryValue")
        self.registryValue.setText(u"-")
        self.registryValue.setWordWrap(True)

        self.detailsForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.registryValue)


        self.mainLayout.addWidget(self.detailsGroup)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(VerifyDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.codeEdit, self.checkButton)
        QWidget.setTabOrder(self.checkButton, self.pdfButton)

        self.retranslateUi(VerifyDialog)
    # setupUi

    def retranslateUi(self, VerifyDialog):
        VerifyDialog.setWindowTitle(QCoreApplication.translate("VerifyDialog", u"Verify a document", None))
        self.titleLabel.setText(QCoreApplication.translate("VerifyDialog", u"Verify a document", None))
        self.instructionLabel.setText(QCoreApplication.translate("VerifyDialog", u"Scan the QR code on the letter, slip or certificate (the scanner types the code and presses Enter), paste the code, or choose the PDF file. Checking works offline.", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("VerifyDialog", u"QR code text or path of a PDF file\u2026", None))
        self.checkButton.setText(QCoreApplication.translate("VerifyDialog", u"&Check", None))
        self.pdfButton.setText(QCoreApplication.translate("VerifyDialog", u"Choose &PDF\u2026", None))
        self.detailsGroup.setTitle(QCoreApplication.translate("VerifyDialog", u"Document", None))
        self.numberLabel.setText(QCoreApplication.translate("VerifyDialog", u"Number", None))
        self.typeLabel.setText(QCoreApplication.translate("VerifyDialog", u"Type", None))
        self.branchLabel.setText(QCoreApplication.translate("VerifyDialog", u"Issued by branch", None))
        self.dateLabel.setText(QCoreApplication.translate("VerifyDialog", u"Date", None))
        self.nameLabel.setText(QCoreApplication.translate("VerifyDialog", u"Name", None))
        self.nikLabel.setText(QCoreApplication.translate("VerifyDialog", u"NIK (last four digits)", None))
        self.classLabel.setText(QCoreApplication.translate("VerifyDialog", u"Class", None))
        self.registryLabel.setText(QCoreApplication.translate("VerifyDialog", u"Registry", None))
    # retranslateUi

