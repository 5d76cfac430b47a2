# Generated from forms/members_page.ui by pyside6-uic: do not edit; run
# `python -m vokasi_desktop.ui.devtools forms` after changing the form.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'members_page.ui'
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

class Ui_MembersPage(object):
    def setupUi(self, MembersPage):
        if not MembersPage.objectName():
            MembersPage.setObjectName(u"MembersPage")
        MembersPage.resize(1000, 640)
        self.mainLayout = QVBoxLayout(MembersPage)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(16, 12, 16, 8)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(MembersPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.newButton = QPushButton(MembersPage)
        self.newButton.setObjectName(u"newButton")

        self.headerLayout.addWidget(self.newButton)

        self.openButton = QPushButton(MembersPage)
        self.openButton.setObjectName(u"openButton")

        self.headerLayout.addWidget(self.openButton)


        self.mainLayout.addLayout(self.headerLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setSpacing(8)
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(MembersPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMinimumSize(QSize(300, 0))

        self.filterLayout.addWidget(self.searchEdit)

        self.segmentCombo = QComboBox(MembersPage)
        self.segmentCombo.setObjectName(u"segmentCombo")

        self.filterLayout.addWidget(self.segmentCombo)

        self.employmentCombo = QComboBox(MembersPage)
        self.employmentCombo.setObjectName(u"employmentCombo")

        self.filterLayout.addWidget(self.employmentCombo)

        self.membershipCombo = QComboBox(MembersPage)
        self.membershipCombo.setObjectName(u"membershipCombo")

        self.filterLayout.addWidget(self.membershipCombo)

        self.provinceCombo = QComboBox(MembersPage)
        self.provinceCombo.setObjectName(u"provinceCombo")
        self.provinceCombo.setMinimumContentsLength(16)
        self.provinceCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.filterLayout.addWidget(self.provinceCombo)


        self.mainLayout.addLayout(self.filterLayout)

        self.tableView = QTableView(MembersPage)
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
        self.countLabel = QLabel(MembersPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")
        self.countLabel.setWordWrap(True)
        self.countLabel.setProperty(u"role", u"count")

        self.footerLayout.addWidget(self.countLabel)

        self.footerSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footerLayout.addItem(self.footerSpacer)

        self.hintLabel = QLabel(MembersPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setProperty(u"role", u"hint")

        self.footerLayout.addWidget(self.hintLabel)


        self.mainLayout.addLayout(self.footerLayout)

        QWidget.setTabOrder(self.searchEdit, self.segmentCombo)
        QWidget.setTabOrder(self.segmentCombo, self.employmentCombo)
        QWidget.setTabOrder(self.employmentCombo, self.membershipCombo)
        QWidget.setTabOrder(self.membershipCombo, self.provinceCombo)
        QWidget.setTabOrder(self.provinceCombo, self.tableView)
        QWidget.setTabOrder(self.tableView, self.newButton)
        QWidget.setTabOrder(self.newButton, self.openButton)

        self.retranslateUi(MembersPage)
    # setupUi

    def retranslateUi(self, MembersPage):
        self.titleLabel.setText(QCoreApplication.translate("MembersPage", u"Members", None))
        self.newButton.setText(QCoreApplication.translate("MembersPage", u"&New member\u2026", None))
        self.openButton.setText(QCoreApplication.translate("MembersPage", u"&Open\u2026", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MembersPage", u"Search name, NIK or KPJ\u2026", None))
#if QT_CONFIG(tooltip)
        self.segmentCombo.setToolTip(QCoreApplication.translate("MembersPage", u"Segment", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.employmentCombo.setToolTip(QCoreApplication.translate("MembersPage", u"Employment status", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.membershipCombo.setToolTip(QCoreApplication.translate("MembersPage", u"Membership status", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.provinceCombo.setToolTip(QCoreApplication.translate("MembersPage", u"Province of the NIK region", None))
#endif // QT_CONFIG(tooltip)
        self.hintLabel.setText(QCoreApplication.translate("MembersPage", u"Enter: open \u00b7 Ctrl+F: search \u00b7 Ctrl+N: new", None))
        pass
    # retranslateUi

