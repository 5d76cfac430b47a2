# Generated from forms/classes_page.ui by pyside6-uic: do not edit; run
# `python -m vokasi_desktop.ui.devtools forms` after changing the form.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'classes_page.ui'
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

class Ui_ClassesPage(object):
    def setupUi(self, ClassesPage):
        if not ClassesPage.objectName():
            ClassesPage.setObjectName(u"ClassesPage")
        ClassesPage.resize(1000, 640)
        self.mainLayout = QVBoxLayout(ClassesPage)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(16, 12, 16, 8)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(ClassesPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.headerLayout.addWidget(self.titleLabel)

        self.headerSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.newButton = QPushButton(ClassesPage)
        self.newButton.setObjectName(u"newButton")

        self.headerLayout.addWidget(self.newButton)

        self.openButton = QPushButton(ClassesPage)
        self.openButton.setObjectName(u"openButton")

        self.headerLayout.addWidget(self.openButton)


        self.mainLayout.addLayout(self.headerLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setSpacing(8)
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(ClassesPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMinimumSize(QSize(300, 0))

        self.filterLayout.addWidget(self.searchEdit)

        self.modeCombo = QComboBox(ClassesPage)
        self.modeCombo.setObjectName(u"modeCombo")

        self.filterLayout.addWidget(self.modeCombo)

        self.statusCombo = QComboBox(ClassesPage)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filterLayout.addWidget(self.statusCombo)

        self.institutionCombo = QComboBox(ClassesPage)
        self.institutionCombo.setObjectName(u"institutionCombo")
        self.institutionCombo.setMinimumContentsLength(18)
        self.institutionCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.filterLayout.addWidget(self.institutionCombo)

        self.seatsLeftCheck = QCheckBox(ClassesPage)
        self.seatsLeftCheck.setObjectName(u"seatsLeftCheck")

        self.filterLayout.addWidget(self.seatsLeftCheck)


        self.mainLayout.addLayout(self.filterLayout)

        self.tableView = QTableView(ClassesPage)
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
        self.countLabel = QLabel(ClassesPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")
        self.countLabel.setWordWrap(True)
        self.countLabel.setProperty(u"role", u"count")

        self.footerLayout.addWidget(self.countLabel)

        self.footerSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footerLayout.addItem(self.footerSpacer)

        self.hintLabel = QLabel(ClassesPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setProperty(u"role", u"hint")

        self.footerLayout.addWidget(self.hintLabel)


        self.mainLayout.addLayout(self.footerLayout)

        QWidget.setTabOrder(self.searchEdit, self.modeCombo)
        QWidget.setTabOrder(self.modeCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.institutionCombo)
        QWidget.setTabOrder(self.institutionCombo, self.seatsLeftCheck)
        QWidget.setTabOrder(self.seatsLeftCheck, self.tableView)
        QWidget.setTabOrder(self.tableView, self.newButton)
        QWidget.setTabOrder(self.newButton, self.openButton)

        self.retranslateUi(ClassesPage)
    # setupUi

    def retranslateUi(self, ClassesPage):
        self.titleLabel.setText(QCoreApplication.translate("ClassesPage", u"Classes", None))
        self.newButton.setText(QCoreApplication.translate("ClassesPage", u"&New class\u2026", None))
        self.openButton.setText(QCoreApplication.translate("ClassesPage", u"&Open\u2026", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ClassesPage", u"Search title, code, field or institution\u2026", None))
#if QT_CONFIG(tooltip)
        self.modeCombo.setToolTip(QCoreApplication.translate("ClassesPage", u"Mode", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.statusCombo.setToolTip(QCoreApplication.translate("ClassesPage", u"Status", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.institutionCombo.setToolTip(QCoreApplication.translate("ClassesPage", u"Institution", None))
#endif // QT_CONFIG(tooltip)
        self.seatsLeftCheck.setText(QCoreApplication.translate("ClassesPage", u"Seats left only", None))
        self.hintLabel.setText(QCoreApplication.translate("ClassesPage", u"Enter: open \u00b7 Ctrl+F: search \u00b7 Ctrl+N: new", None))
        pass
    # retranslateUi

