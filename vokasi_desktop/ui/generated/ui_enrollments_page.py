# Generated from forms/enrollments_page.ui by pyside6-uic: do not edit; run
# `python -m vokasi_desktop.ui.devtools forms` after changing the form.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'enrollments_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_EnrollmentsPage(object):
    def setupUi(self, EnrollmentsPage):
        if not EnrollmentsPage.objectName():
            EnrollmentsPage.setObjectName(u"EnrollmentsPage")
        EnrollmentsPage.resize(1000, 640)
        self.mainLayout = QVBoxLayout(EnrollmentsPage)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(16, 12, 16, 8)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(EnrollmentsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.openButton = QPushButton(EnrollmentsPage)
        self.openButton.setObjectName(u"openButton")

        self.headerLayout.addWidget(self.openButton)


        self.mainLayout.addLayout(self.headerLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setSpacing(8)
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(EnrollmentsPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMinimumSize(QSize(300, 0))

        self.filterLayout.addWidget(self.searchEdit)

        self.statusCombo = QComboBox(EnrollmentsPage)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filterLayout.addWidget(self.statusCombo)

        self.periodCombo = QComboBox(EnrollmentsPage)
        self.periodCombo.setObjectName(u"periodCombo")

        self.filterLayout.addWidget(self.periodCombo)


        self.mainLayout.addLayout(self.filterLayout)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setSpacing(6)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.letterButton = QPushButton(EnrollmentsPage)
        self.letterButton.setObjectName(u"letterButton")

        self.actionsLayout.addWidget(self.letterButton)

        self.slipButton = QPushButton(EnrollmentsPage)
        self.slipButton.setObjectName(u"slipButton")

        self.actionsLayout.addWidget(self.slipButton)

        self.certificateButton = QPushButton(EnrollmentsPage)
        self.certificateButton.setObjectName(u"certificateButton")

        self.actionsLayout.addWidget(self.certificateButton)

        self.documentsButton = QPushButton(EnrollmentsPage)
        self.documentsButton.setObjectName(u"documentsButton")

        self.actionsLayout.addWidget(self.documentsButton)

        self.statusButton = QPushButton(EnrollmentsPage)
        self.statusButton.setObjectName(u"statusButton")

        self.actionsLayout.addWidget(self.statusButton)

        self.actionsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)

        self.classCertificatesButton = QPushButton(EnrollmentsPage)
        self.classCertificatesButton.setObjectName(u"classCertificatesButton")

        self.actionsLayout.addWidget(self.classCertificatesButton)


        self.mainLayout.addLayout(self.actionsLayout)

        self.tableView = QTableView(EnrollmentsPage)
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
        self.countLabel = QLabel(EnrollmentsPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")
        self.countLabel.setWordWrap(True)
        self.countLabel.setProperty(u"role", u"count")

        self.footerLayout.addWidget(self.countLabel)

        self.footerSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footerLayout.addItem(self.footerSpacer)

        self.hintLabel = QLabel(EnrollmentsPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setProperty(u"role", u"hint")

        self.footerLayout.addWidget(self.hintLabel)


        self.mainLayout.addLayout(self.footerLayout)

        QWidget.setTabOrder(self.searchEdit, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.periodCombo)
        QWidget.setTabOrder(self.periodCombo, self.tableView)
        QWidget.setTabOrder(self.tableView, self.letterButton)
        QWidget.setTabOrder(self.letterButton, self.slipButton)
        QWidget.setTabOrder(self.slipButton, self.certificateButton)
        QWidget.setTabOrder(self.certificateButton, self.documentsButton)
        QWidget.setTabOrder(self.documentsButton, self.statusButton)
        QWidget.setTabOrder(self.statusButton, self.classCertificatesButton)
        QWidget.setTabOrder(self.classCertificatesButton, self.openButton)

        self.retranslateUi(EnrollmentsPage)
    # setupUi

    def retranslateUi(self, EnrollmentsPage):
        self.titleLabel.setText(QCoreApplication.translate("EnrollmentsPage", u"Enrolments", None))
        self.openButton.setText(QCoreApplication.translate("EnrollmentsPage", u"&Open participant\u2026", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("EnrollmentsPage", u"Search participant, NIK, KPJ or class code\u2026", None))
#if QT_CONFIG(tooltip)
        self.statusCombo.setToolTip(QCoreApplication.translate("EnrollmentsPage", u"Status", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.periodCombo.setToolTip(QCoreApplication.translate("EnrollmentsPage", u"Enrolment date", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.letterButton.setToolTip(QCoreApplication.translate("EnrollmentsPage", u"Issue the enrolment letter (Surat Pengantar) to the institution and preview it (Ctrl+L)", None))
#endif // QT_CONFIG(tooltip)
        self.letterButton.setText(QCoreApplication.translate("EnrollmentsPage", u"Print &letter", None))
#if QT_CONFIG(tooltip)
        self.slipButton.setToolTip(QCoreApplication.translate("EnrollmentsPage", u"Issue the eligibility slip with the check stored at enrolment and preview it", None))
#endif // QT_CONFIG(tooltip)
        self.slipButton.setText(QCoreApplication.translate("EnrollmentsPage", u"Print eligibility &slip", None))
#if QT_CONFIG(tooltip)
        self.certificateButton.setToolTip(QCoreApplication.translate("EnrollmentsPage", u"Issue the certificate (completed enrolments only) and preview it", None))
#endif // QT_CONFIG(tooltip)
        self.certificateButton.setText(QCoreApplication.translate("EnrollmentsPage", u"Print &certificate", None))
#if QT_CONFIG(tooltip)
        self.documentsButton.setToolTip(QCoreApplication.translate("EnrollmentsPage", u"Copies and voiding of the documents issued for this enrolment", None))
#endif // QT_CONFIG(tooltip)
        self.documentsButton.setText(QCoreApplication.translate("EnrollmentsPage", u"&Documents", None))
#if QT_CONFIG(tooltip)
        self.statusButton.setToolTip(QCoreApplication.translate("EnrollmentsPage", u"In training, completed, not passed or cancelled", None))
#endif // QT_CONFIG(tooltip)
        self.statusButton.setText(QCoreApplication.translate("EnrollmentsPage", u"Change s&tatus", None))
#if QT_CONFIG(tooltip)
        self.classCertificatesButton.setToolTip(QCoreApplication.translate("EnrollmentsPage", u"Issue the certificates of every participant of the selected enrolment's class who completed it (in the background; all or none)", None))
#endif // QT_CONFIG(tooltip)
        self.classCertificatesButton.setText(QCoreApplication.translate("EnrollmentsPage", u"Certificates for the whole cl&ass\u2026", None))
        self.hintLabel.setText(QCoreApplication.translate("EnrollmentsPage", u"Enter: open the participant \u00b7 Ctrl+F: search \u00b7 Ctrl+L: letter \u00b7 right click: more \u00b7 New enrolments are made at the counter", None))
        pass
    # retranslateUi

