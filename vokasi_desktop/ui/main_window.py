"""Main window: navigation sidebar, the pages, and a status bar with branch, user, database
and the branch's remaining quota for the current year.

Keyboard: Ctrl+1 .. Ctrl+7 open the pages in sidebar order, F5 refreshes, Ctrl+Q quits.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QDialog, QLabel, QListWidgetItem, QMainWindow, QSizePolicy, QWidget

from vokasi_desktop.domain.access import Action, can
from vokasi_desktop.services import browse
from vokasi_desktop.services.branch import BranchProfile
from vokasi_desktop.services.browse import QuotaStatus
from vokasi_desktop.ui import errors, labels, messages
from vokasi_desktop.ui.context import UiContext
from vokasi_desktop.ui.dialogs.verify import install_verify_action
from vokasi_desktop.ui.format import fmt_money
from vokasi_desktop.ui.generated.ui_main_window import Ui_MainWindow
from vokasi_desktop.ui.geometry import keep_fitted
from vokasi_desktop.ui.help import PAGE_SECTIONS, install_page_help, open_guide
from vokasi_desktop.ui.icons import icon
from vokasi_desktop.ui.pages.classes import ClassesPage
from vokasi_desktop.ui.pages.conflicts import ConflictsPage, conflicts_visible
from vokasi_desktop.ui.pages.counter import CounterPage
from vokasi_desktop.ui.pages.dashboard import (
    DASHBOARD_ROLES,
    DashboardPage,
    open_enrollments_filtered,
)
from vokasi_desktop.ui.pages.enrollments import EnrollmentsPage
from vokasi_desktop.ui.pages.exchange import ExchangePage
from vokasi_desktop.ui.pages.institutions import InstitutionsPage
from vokasi_desktop.ui.pages.members import MembersPage
from vokasi_desktop.ui.pages.records import RecordsPage
from vokasi_desktop.ui.pages.regional import RegionalPage, regional_visible
from vokasi_desktop.ui.pages.reports import ReportsPage
from vokasi_desktop.ui.pages.settings import SettingsPage
from vokasi_desktop.ui.pages.users import UsersPage, users_visible
from vokasi_desktop.ui.signals import ENROLLMENT, QUOTA

PageFactory = Callable[[UiContext], QWidget]


@dataclass(frozen=True)
class PageSpec:
    """A sidebar entry: key, translated title, icon name, and how to build the page widget
    (pages are built when first shown: a login opens the window with its first page only)."""

    key: str
    title: str
    icon: str
    build: Callable[[], QWidget]


class LazyPages(Mapping[str, QWidget]):
    """``MainWindow.pages``: every page the user may open, by key; a page not built yet is
    built when it is looked up here (or shown)."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window

    def __getitem__(self, key: str) -> QWidget:
        if key not in self._window._specs:
            raise KeyError(key)
        return self._window._built_page(key)

    def __iter__(self) -> Iterator[str]:
        return iter(self._window._keys)

    def __len__(self) -> int:
        return len(self._window._keys)

    def built(self) -> list[str]:
        """The keys of the pages built so far."""
        return list(self._window._built)


class MainWindow(QMainWindow):
    """The application window after login.

    Attributes:
        pages: the page widgets by key (``counter``, ``members``, ``institutions``,
            ``classes``, ``enrollments``, ``reports``, ``settings``, ...); a page is built the
            first time it is shown or looked up (:class:`LazyPages`).
    """

    _refit_pending = False

    def __init__(self, ctx: UiContext, *, language: str,
                 counter_factory: PageFactory | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowIcon(icon("app"))
        self.branch: BranchProfile | None = browse.local_branch(ctx.db)
        title = "Vokasi Indonesia Pekerja"
        if self.branch is not None:
            title += f" — {self.branch.name}"
        self.setWindowTitle(title)

        # Pages follow the permission table (domain.access): a role sees only the pages whose
        # action it may do; the services refuse the rest anyway.
        user = ctx.user
        specs: list[PageSpec] = []
        if user.can(Action.ELIGIBILITY_CHECK):
            specs.append(PageSpec("counter", self.tr("Counter service"), "counter",
                                  lambda: (counter_factory or CounterPage)(ctx)))
        if user.can(Action.MEMBER_VIEW):
            specs += [
                PageSpec("members", self.tr("Members"), "members", lambda: MembersPage(ctx)),
                PageSpec("institutions", self.tr("Institutions"), "institutions",
                         lambda: InstitutionsPage(ctx)),
                PageSpec("classes", self.tr("Classes"), "classes", lambda: ClassesPage(ctx)),
                PageSpec("enrollments", self.tr("Enrolments"), "enrollments",
                         lambda: EnrollmentsPage(ctx)),
            ]
        if user.can(Action.EXPORT_MASKED) or user.can(Action.DOCUMENT_SETTINGS):
            specs.append(PageSpec("reports", self.tr("Reports"), "reports",
                                  lambda: ReportsPage(ctx)))
        specs.append(PageSpec("settings", self.tr("Settings"), "settings",
                              lambda: SettingsPage(ctx, current_language=language)))
        if user.can(Action.EXCHANGE_IMPORT):  # clerks do not exchange packages
            specs.append(PageSpec("exchange", self.tr("Data exchange"), "reports",
                                  lambda: ExchangePage(ctx)))
        # Exchange pages, by role and office kind (domain.access.can decides).
        if conflicts_visible(ctx):
            specs.append(PageSpec("conflicts", self.tr("Conflicts"), "reports",
                                  lambda: ConflictsPage(ctx)))
        if regional_visible(ctx):
            specs.append(PageSpec("regional", self.tr("Regional recap"), "reports",
                                  lambda: RegionalPage(ctx)))
        if ctx.user.role in DASHBOARD_ROLES and user.can(Action.REPORT_VIEW):
            specs.insert(0, PageSpec("dashboard", self.tr("Dashboard"), "reports",
                                     self._make_dashboard))
        if can(ctx.user.role, Action.AUDIT_VIEW):
            specs.append(PageSpec("audit", self.tr("Audit log"), "reports", self._make_audit))
        if users_visible(ctx):
            specs.append(PageSpec("users", self.tr("Users"), "settings", lambda: UsersPage(ctx)))
        self._specs: dict[str, PageSpec] = {}
        self._built: dict[str, QWidget] = {}
        self._refit_pending = False
        self._keys: list[str] = []
        self.pages = LazyPages(self)
        nav = self.ui.navList
        nav.setIconSize(QSize(22, 22))
        for number, spec in enumerate(specs, start=1):
            self._specs[spec.key] = spec
            self._keys.append(spec.key)
            self.ui.pageStack.addWidget(QWidget())  # a placeholder until the page is shown
            item = QListWidgetItem(icon(spec.icon), spec.title)
            shortcut = QKeySequence(f"Ctrl+{number}")
            item.setToolTip(f"{spec.title} ({shortcut.toString(QKeySequence.SequenceFormat.NativeText)})")
            nav.addItem(item)
            QShortcut(shortcut, self, lambda n=number - 1: self.show_page(n))
        nav.currentRowChanged.connect(self._page_chosen)

        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionRefresh.triggered.connect(self.refresh)
        self.ui.actionAbout.triggered.connect(self._about)
        self.ui.actionGuide.triggered.connect(
            lambda: open_guide(self, PAGE_SECTIONS.get(self.current_key, "index")))
        self.verify_action = install_verify_action(self, self.ui.menuApplication, ctx)
        # Every user changes their own password here (the old one is asked again).
        self.password_action = QAction(self.tr("Change my &password…"), self)
        self.password_action.triggered.connect(self.change_own_password)
        self.ui.menuApplication.insertAction(self.ui.actionQuit, self.password_action)
        ctx.signals.data_changed.connect(self._data_changed)
        ctx.signals.job_failed.connect(self._job_failed)

        self._setup_status_bar()
        self.show_page(0)

    def change_own_password(self) -> bool:
        """Application > Change my password: old password, new one twice (own account)."""
        from vokasi_desktop.ui.password_change import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.ctx.db, self.ctx.user, self, forced=False)
        return dialog.exec() == QDialog.DialogCode.Accepted

    # -- navigation ---------------------------------------------------------------------------------

    @property
    def current_key(self) -> str:
        return self._keys[self.ui.pageStack.currentIndex()]

    def page(self, key: str) -> QWidget:
        return self.pages[key]

    def _make_dashboard(self) -> QWidget:
        dashboard = DashboardPage(self.ctx)
        dashboard.navigate.connect(self._navigate)
        return dashboard

    def _make_audit(self) -> QWidget:
        from vokasi_desktop.ui.pages.audit import AuditPage

        return AuditPage(self.ctx)

    def _built_page(self, key: str) -> QWidget:
        """The page widget of ``key``, built (and put in its place in the stack) if needed."""
        page = self._built.get(key)
        if page is not None:
            return page
        page = self._specs[key].build()
        self._built[key] = page
        if key != "counter":  # the counter's F1 lists its keys, with a guide link
            install_page_help(page, key)
        stack = self.ui.pageStack
        index = self._keys.index(key)
        placeholder = stack.widget(index)
        current = stack.currentIndex()
        stack.insertWidget(index, page)
        if placeholder is not None:
            stack.removeWidget(placeholder)
            placeholder.deleteLater()
        if current == index:
            stack.setCurrentIndex(index)
        if self.property("vokasiScrollWrapped") and current != index:
            policy = QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        return page

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Pages are built (and filled) after the window was fitted to the screen: one wider
        # than those before must not push the window past the screen's edge.
        if not self._refit_pending and self.property("vokasiFitArea") is not None:
            self._refit_pending = True
            QTimer.singleShot(0, self, self._refit)

    def _refit(self) -> None:
        self._refit_pending = False
        keep_fitted(self)

    def show_page(self, which: int | str) -> None:
        """Show a page by sidebar position (0-6) or key, and focus its first field."""
        index = self._keys.index(which) if isinstance(which, str) else which
        if not 0 <= index < len(self._keys):
            return
        if self.ui.navList.currentRow() != index:
            self.ui.navList.setCurrentRow(index)  # emits currentRowChanged -> _page_chosen
        else:
            self._page_chosen(index)

    def _navigate(self, key: str, filters: dict[str, str | None]) -> None:
        """A page asked to open the list behind a number (e.g. the dashboard's funnel)."""
        self.show_page(key)
        if key == "enrollments":
            open_enrollments_filtered(self.pages[key], filters.get("status"),
                                      filters.get("period"))

    def _page_chosen(self, index: int) -> None:
        if index < 0:
            return
        page = self._built_page(self._keys[index])
        self.ui.pageStack.setCurrentIndex(index)
        if self.property("vokasiScrollWrapped"):
            # On a small screen (content wrapped in a scroll area by ui.geometry) only the
            # shown page's minimum width counts: a page that re-flows at 1024x768 does not
            # scroll sideways because another, wider page exists.
            stack = self.ui.pageStack
            for number in range(stack.count()):
                policy = (QSizePolicy.Policy.Preferred if number == index
                          else QSizePolicy.Policy.Ignored)
                shown = stack.widget(number)
                if shown is not None:
                    shown.setSizePolicy(policy, policy)
            stack.updateGeometry()
        if isinstance(page, RecordsPage):
            page.focus_search()
        elif page is not None:
            page.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        """F5: re-run the current page's query and the quota."""
        page = self.ui.pageStack.currentWidget()
        if isinstance(page, RecordsPage):
            page.refresh()
        elif isinstance(page, SettingsPage):
            page.load()
        elif isinstance(page, ConflictsPage | RegionalPage | UsersPage):
            page.refresh()
        self.refresh_quota()

    # -- status bar -----------------------------------------------------------------------------------

    def _setup_status_bar(self) -> None:
        bar = self.ui.statusBar
        branch = self.branch
        self.branch_label = QLabel(
            f"{branch.code} · {branch.name}" if branch else self.tr("No branch profile"))
        user = self.ctx.user
        self.user_label = QLabel(self.tr("%1 (%2)").replace("%1", user.full_name).replace(
            "%2", labels.label(labels.ROLES, user.role)))
        self.database_label = QLabel(self.ctx.db.description)
        self.database_label.setToolTip(self.ctx.db.description)
        self.quota_label = QLabel("")
        # Long texts (a database path, two years of quota) must not widen the window beyond
        # a 1366-pixel laptop screen: these labels shrink and keep the full text as a tooltip.
        self.database_label.setSizePolicy(QSizePolicy.Policy.Ignored,
                                          QSizePolicy.Policy.Preferred)
        self.database_label.setMinimumWidth(80)
        # On a 1024-pixel screen the other labels shrink too (clipped, full text in the tooltip):
        # an explicit minimum width overrides a label's text-wide minimum size hint.
        for label in (self.branch_label, self.user_label, self.quota_label):
            label.setMinimumWidth(120)
        self.branch_label.setToolTip(self.branch_label.text())
        self.user_label.setToolTip(self.user_label.text())
        for label in (self.branch_label, self.user_label, self.database_label):
            bar.addWidget(label)
        bar.addPermanentWidget(self.quota_label)
        self.refresh_quota()

    def refresh_quota(self) -> None:
        """Read the branch quota of this year (and next year's, when set) in the background.

        Near the end of a year the open classes start next year and charge next year's quota:
        the status bar shows both, so an enrolment visibly takes its seat.
        """
        year = self.ctx.today().year
        db = self.ctx.db
        self.ctx.runner.read(lambda: (browse.quota_status(db, year),
                                      browse.quota_status(db, year + 1)),
                             on_done=lambda pair: self._show_quota(*pair),
                             on_error=errors.logged("quota"), name="quota")

    def _show_quota(self, quota: QuotaStatus | None,
                    next_quota: QuotaStatus | None = None) -> None:
        year = self.ctx.today().year
        locale = QLocale()
        if quota is None:
            text = self.tr("No quota set for %1").replace("%1", str(year))
        else:
            text = (self.tr("Quota %1: %2 of %3 seats left · budget left %4")
                    .replace("%1", str(quota.year))
                    .replace("%2", locale.toString(quota.seats_left))
                    .replace("%3", locale.toString(quota.seats))
                    .replace("%4", fmt_money(quota.budget_left)))
        if next_quota is not None:
            text += " | " + (self.tr("%1: %2 of %3 seats left")
                             .replace("%1", str(next_quota.year))
                             .replace("%2", locale.toString(next_quota.seats_left))
                             .replace("%3", locale.toString(next_quota.seats)))
        self.quota_label.setText(text)
        self.quota_label.setToolTip(text)

    def _data_changed(self, entities: frozenset[str]) -> None:
        if entities & {ENROLLMENT, QUOTA}:
            self.refresh_quota()

    def _job_failed(self, message: str) -> None:
        messages.error(self, self.tr("Error"), message)

    def _about(self) -> None:
        from vokasi_desktop.ui.about import show_about

        self.about_dialog = show_about(self, self.ctx.db.description)
