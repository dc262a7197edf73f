"""What the practice guide says at each step: the method in short, and where to do it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject

INTRO, REPORT, DONE = "intro", "report_read", "done"

#: The walk-through in order: the intro, reading the report, the steps of the step plan on
#: the cyberbullying route with a non-confrontational approach, and the end.
WALK: tuple[str, ...] = (
    INTRO, REPORT, "triage", "severity", "victim_conversation", "parents", "choice",
    "intervention", "aftercare", "evaluation", "close", DONE,
)  # fmt: skip


@dataclass(frozen=True)
class GuideText:
    """One step of the guide."""

    title: str
    method: str
    where: str


class GuideTexts(QObject):
    """The translated texts of every step of the walk-through."""

    def text(self, step: str) -> GuideText:
        """The title, the method and the way to it for one step of `WALK`."""
        if step == INTRO:
            return GuideText(
                self.tr("Welcome to the practice case"),
                self.tr("This window is a practice vault of an invented school. Nothing you do "
                        "here reaches your real vault, and nobody in it exists. The guide walks "
                        "you through one case from the report to closing, one step at a time."),
                self.tr("Read each step, then do it yourself in the window. Stuck? 'Fill it in "
                        "for me' records an example you can read afterwards. 'Start over' gives "
                        "you a fresh practice case."),
            )
        if step == REPORT:
            return GuideText(
                self.tr("1. The report"),
                self.tr("Fleur told you after class what happens in the class chat. Listen first "
                        "and take it seriously; look at the evidence she shows. Because she "
                        "reports herself, the case is open at once; had a classmate or a parent "
                        "reported it, you would first ask whether she wants to tell you herself."),
                self.tr("The case is open on the left under 'Open case'. Read the report on the "
                        "Overview tab, then click 'I have read it'."),
            )
        return self._step_text(step)

    def _step_text(self, step: str) -> GuideText:
        where_plan = self.tr("Open the Step plan tab of the case and click the button of this "
                             "step ('Show me where' takes you there).")
        texts = {
            "triage": (self.tr("2. Is it cyberbullying?"),
                       self.tr("Check the three criteria: is there intent to hurt, does it happen "
                               "again and again, and is there a power imbalance? Only when all "
                               "three hold is it bullying; online, it is cyberbullying. A quarrel "
                               "or teasing follows the school's own route.")),
            "severity": (self.tr("3. How serious is it?"),
                         self.tr("Estimate how serious it is and talk it over with the care "
                                 "team. Consider whether the CLB, Child Focus or the police "
                                 "should be asked, and whether you have a duty to report. The "
                                 "program shows the legal points; you decide.")),
            "victim_conversation": (
                self.tr("4. Talk with the pupil who is bullied"),
                self.tr("Listen, summarise, ask further. Her experience comes before the facts. "
                        "Praise her for speaking up: the blame is never hers. Agree together "
                        "who does what by when, and do nothing without her knowing.")),
            "parents": (self.tr("5. Her parents"),
                        self.tr("Talk with her parents warmly and clearly, with the care for "
                                "their child first, and agree how you stay in touch. From 12 a "
                                "pupil may ask that her parents are not told: record that wish "
                                "and respect it unless there is a serious reason.")),
            "choice": (self.tr("6. The choice moment"),
                       self.tr("Tick the reasons that apply. Recent and less serious bullying, "
                               "with a bully who has little support, points to a non-"
                               "confrontational approach; long-running bullying with a big "
                               "impact points to a confrontational one. The program advises; "
                               "you choose.")),
            "intervention": (self.tr("7. The approach itself"),
                             self.tr("Only with her consent do you talk with the pupil who "
                                     "bullies. Choose your approach beforehand and keep to it. "
                                     "Make it a dialogue: let him see it through her eyes, name "
                                     "what is not OK, and ask what he will do.")),
            "aftercare": (self.tr("8. Aftercare for the group"),
                          self.tr("Bullying is a group matter. Stop wrong stories from "
                                  "spreading and give the class room to say what they went "
                                  "through, or record that the group needs no aftercare.")),
            "evaluation": (self.tr("9. Has it stopped?"),
                           self.tr("Follow-up matters at every step. About a week later, ask "
                                   "her how it goes and record what you find: stopped, less, "
                                   "the same or worse. If it did not stop after a non-"
                                   "confrontational approach, the program proposes the "
                                   "confrontational one. Here you can let a week pass with "
                                   "'A week later'.")),
            "close": (self.tr("10. Closing the case"),
                      self.tr("When the bullying has stopped and the agreements are followed "
                              "up, close the case. The closing checklist names what is still "
                              "open; give a reason for anything you close over.")),
        }
        if step == DONE:
            return GuideText(
                self.tr("Well done: the case is closed"),
                self.tr("You went through the whole method once. Open the case to read back "
                        "what was recorded, or start over to practise again."),
                self.tr("Close this window to return to your own vault."),
            )
        title, method = texts[step]
        return GuideText(title, method, where_plan)
