"""The counter's verdict panel: colour, verdict, what was checked, the next step, every rule.

It only presents an :class:`EligibilityResult` (or a finished enrolment) on the page's widgets;
the page (``ui/pages/counter.py``) decides what to show and when.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QObject

from vokasi_desktop.domain.eligibility import EligibilityResult, RuleOutcome
from vokasi_desktop.services.counter import OfferedClass
from vokasi_desktop.services.enrolment import EnrollmentView
from vokasi_desktop.ui import domain_text, labels
from vokasi_desktop.ui.dialogs.override import overridable
from vokasi_desktop.ui.format import fmt_date
from vokasi_desktop.ui.generated.ui_counter_page import Ui_CounterPage
from vokasi_desktop.ui.style import ERROR, ERROR_BG, MUTED, OK, OK_BG, WARNING, WARNING_BG

# Verdict -> panel tone (style sheet property) and symbol.
TONES = {"eligible": "ok", "eligible_with_warnings": "warn", "needs_override": "warn",
         "not_eligible": "bad"}
SYMBOLS = {"eligible": "✔", "eligible_with_warnings": "✔", "needs_override": "!",
           "not_eligible": "✖"}
OUTCOME_ORDER = {"fail": 0, "warn": 1, "pass": 2, "not_applicable": 3}
OUTCOME_COLOURS = {"fail": ERROR.name(), "warn": WARNING.name(), "pass": OK.name(),
                   "not_applicable": MUTED.name()}
OUTCOME_SYMBOLS = {"fail": "✖", "warn": "⚠", "pass": "✔", "not_applicable": "–"}

COUNTER_STYLE = f"""
QLineEdit#searchEdit {{ font-size: 13pt; padding: 3px 6px; }}
QLabel#nameLabel {{ font-size: 12.5pt; }}
QFrame#verdictFrame {{ border: 1px solid #c9d6cf; border-radius: 6px; background: #f6f8f7; }}
QFrame#verdictFrame[tone="ok"] {{ background: {OK_BG.name()}; border: 2px solid {OK.name()}; }}
QFrame#verdictFrame[tone="warn"] {{ background: {WARNING_BG.name()}; border: 2px solid #c98a00; }}
QFrame#verdictFrame[tone="bad"] {{ background: {ERROR_BG.name()}; border: 2px solid {ERROR.name()}; }}
QLabel#verdictTitle {{ font-size: 15pt; font-weight: 600; color: #35524a; }}
QLabel#verdictTitle[tone="ok"] {{ color: {OK.name()}; }}
QLabel#verdictTitle[tone="warn"] {{ color: {WARNING.name()}; }}
QLabel#verdictTitle[tone="bad"] {{ color: {ERROR.name()}; }}
QTextBrowser#rulesView {{ background: white; border: 1px solid #d5dfda; border-radius: 4px; }}
QLabel#actionMessage {{ font-size: 10.5pt; }}
"""


class VerdictPanel(QObject):
    """The verdict frame of the counter page.

    Attributes:
        result: the check shown (None when the panel is empty).
        offered: the class that check is about (None for a membership-only check).
    """

    def __init__(self, ui: Ui_CounterPage, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.result: EligibilityResult | None = None
        self.offered: OfferedClass | None = None
        ui.rulesView.document().setDocumentMargin(6)
        ui.showAllCheck.toggled.connect(self.render_rules)

    def _set_tone(self, tone: str) -> None:
        for widget in (self.ui.verdictFrame, self.ui.verdictTitle):
            if widget.property("tone") != tone:
                widget.setProperty("tone", tone)
                widget.style().unpolish(widget)
                widget.style().polish(widget)

    def show(self, result: EligibilityResult | None, offered: OfferedClass | None) -> None:
        """Fill the panel (colour, verdict, what was checked, next step, rules)."""
        self.result = result
        self.offered = offered
        ui = self.ui
        self._set_tone(TONES.get(result.verdict, "") if result is not None else "")
        if result is None:
            ui.verdictTitle.setText(self.tr("Eligibility check"))
            ui.verdictDetail.setText(self.tr("The check appears here when a member is found."))
            ui.nextStepLabel.setText("")
            ui.nextStepLabel.hide()
            ui.rulesView.clear()
            ui.showAllCheck.hide()
            return
        ui.verdictTitle.setText(
            f"{SYMBOLS[result.verdict]}  {labels.label(labels.VERDICTS, result.verdict)}")
        if offered is not None:
            c = offered.klass
            detail = self.tr("For class %1 · %2 at %3, %4 – %5.").replace("%1", c.code).replace(
                "%2", c.title).replace("%3", c.institution_name).replace(
                "%4", fmt_date(c.start_date)).replace("%5", fmt_date(c.end_date))
        else:
            detail = self.tr("Membership only (no class to check).")
        detail += " " + self.tr("Rules %1 version %2, checked on %3.").replace(
            "%1", result.rule_set_code).replace("%2", str(result.rule_set_version)).replace(
            "%3", fmt_date(result.checked_on))
        ui.verdictDetail.setText(detail)
        ui.nextStepLabel.setText(self.next_step_html(result, offered))
        ui.nextStepLabel.show()
        ui.showAllCheck.show()
        self.render_rules()

    def show_enrolled(self, view: EnrollmentView, check: EligibilityResult | None,
                      letter_issued: bool) -> None:
        """After an enrolment: done, the letter next (or already issued), then Esc."""
        self.result = check
        self.offered = None
        ui = self.ui
        self._set_tone("ok")
        ui.verdictTitle.setText("✔  " + self.tr("Enrolled"))
        ui.verdictDetail.setText(self.tr("Enrolled in %1 · %2 at %3, %4 – %5.").replace(
            "%1", view.class_code).replace("%2", view.class_title).replace(
            "%3", view.institution_name).replace("%4", fmt_date(view.start_date)).replace(
            "%5", fmt_date(view.end_date)))
        if not letter_issued:
            lead = self.tr("Print the enrolment letter (Ctrl+L) and give it to the worker; "
                           "then press Esc for the next customer.")
        else:
            lead = self.tr("The letter is issued. Press Esc for the next customer.")
        ui.nextStepLabel.setText(f"<b>{html.escape(self.tr('Next step'))}:</b> "
                                 f"{html.escape(lead)}")
        ui.nextStepLabel.show()
        ui.showAllCheck.setVisible(self.result is not None)
        self.render_rules()

    def next_step_html(self, result: EligibilityResult, offered: OfferedClass | None) -> str:
        """What the clerk does next, then one step per problem (each said once)."""
        verdict = result.verdict
        steps: list[str] = []
        advice = self.advice(result)
        for outcome in (*result.blocking, *result.warnings):
            step = advice.get(outcome.rule_id, "")
            if step and step not in steps:
                steps.append(step)
        if verdict == "not_eligible":
            lead = self.tr("The worker cannot be enrolled now. Tell the worker what to do, "
                           "and print the eligibility slip (Ctrl+P):")
        elif verdict == "needs_override":
            names = ", ".join(domain_text.rule_title(o.rule_id, o.title)
                              for o in overridable(result.outcomes))
            lead = self.tr("Only a supervisor's approval is missing (%1). Record the membership "
                           "verification (Ctrl+R) if the worker shows the evidence, or enrol "
                           "with Ctrl+Enter and let a supervisor approve:").replace("%1", names)
        elif offered is None:
            lead = self.tr("The membership meets the rules, but no class can be offered now. "
                           "Print the slip (Ctrl+P) and ask the worker to come back when new "
                           "classes open.")
        elif verdict == "eligible_with_warnings":
            lead = self.tr("The worker can be enrolled (Ctrl+Enter); mind the notes:")
        else:
            lead = self.tr("The worker can be enrolled in this class: press Ctrl+Enter, then "
                           "print the letter (Ctrl+L).")
        title = self.tr("Next step")
        text = f"<b>{html.escape(title)}:</b> {html.escape(lead)}"
        if steps:
            text += "<ul style='margin-top:2px; margin-bottom:0px; margin-left:-18px'>" + "".join(
                f"<li>{html.escape(s)}</li>" for s in steps) + "</ul>"
        return text

    @staticmethod
    def advice(result: EligibilityResult) -> dict[str, str]:
        """The next step to show per rule, without saying the same thing several times.

        A worker without a KPJ fails the card, the active-membership and the contribution
        rules, each advising (in its own words) to register and pay first: the card rule's
        advice covers them all.
        """
        advice = {o.rule_id: domain_text.rule_next_step(o) for o in result.outcomes
                  if o.next_step and o.outcome in ("fail", "warn")}
        if "membership.kpj" in advice:
            for rule_id in list(advice):
                if rule_id != "membership.kpj" and rule_id.startswith(
                        ("membership.", "contribution.")):
                    del advice[rule_id]
        return advice

    def outcome_label(self, outcome: RuleOutcome) -> str:
        """One rule's outcome in words (met, not met, approved by a supervisor...)."""
        if outcome.overridden:
            return self.tr("approved by a supervisor")
        if outcome.outcome == "fail":
            return (self.tr("not met · a supervisor may approve") if outcome.overridable
                    else self.tr("not met"))
        if outcome.outcome == "warn":
            return self.tr("note")
        if outcome.outcome == "pass":
            return self.tr("met")
        return self.tr("does not apply")

    def render_rules(self) -> None:
        """Every rule's outcome, the failed first (those that do not apply only on request)."""
        result = self.result
        ui = self.ui
        if result is None:
            ui.rulesView.clear()
            return
        show_all = ui.showAllCheck.isChecked()
        hidden = sum(1 for o in result.outcomes if o.outcome == "not_applicable")
        ui.showAllCheck.setText(self.tr("Show the %1 rules &that do not apply").replace(
            "%1", str(hidden)))
        ui.showAllCheck.setEnabled(hidden > 0)
        outcomes = sorted(
            (o for o in result.outcomes if show_all or o.outcome != "not_applicable"),
            key=lambda o: OUTCOME_ORDER.get(o.outcome, 9))
        rows = []
        advice = self.advice(result)
        for o in outcomes:
            colour = OUTCOME_COLOURS.get(o.outcome, MUTED.name())
            muted = o.outcome == "not_applicable"
            text_colour = MUTED.name() if muted else "#1f2d27"
            body = (f"<b>{html.escape(domain_text.rule_title(o.rule_id, o.title))}</b> "
                    f"<span style='color:{colour}'>({html.escape(self.outcome_label(o))})</span>"
                    f"<br/><span style='color:{text_colour}'>"
                    f"{html.escape(domain_text.rule_message(o))}</span>")
            if advice.get(o.rule_id):
                body += (f"<br/><span style='color:{colour}'>→ "
                         f"{html.escape(advice[o.rule_id])}</span>")
            rows.append(f"<tr><td width='22' style='color:{colour}; font-size:12pt'>"
                        f"{OUTCOME_SYMBOLS.get(o.outcome, '')}</td><td>{body}</td></tr>")
        ui.rulesView.setHtml("<table width='100%' cellspacing='0' cellpadding='3'>"
                             + "".join(rows) + "</table>")


__all__ = ["COUNTER_STYLE", "OUTCOME_COLOURS", "OUTCOME_ORDER", "OUTCOME_SYMBOLS", "SYMBOLS",
           "TONES", "VerdictPanel"]
