"""On a narrow screen the wizard folds its tips under its steps and puts its buttons in two
rows; on a normal screen it keeps its three columns."""

from __future__ import annotations

from tests.gui.wizard.conftest import MakeWizard


def test_the_compact_wizard_needs_less_width_and_keeps_its_tips(make_wizard: MakeWizard) -> None:
    wizard = make_wizard("report")
    view = wizard.view
    wide = view.minimumSizeHint().width()
    assert not view.is_compact()

    view.set_compact(True)

    assert view.is_compact()
    assert view.minimumSizeHint().width() < wide - 150
    assert view.guidance.isVisible()
    steps, tips = view.steps.geometry(), view.guidance.mapTo(view, view.guidance.rect().topLeft())
    assert tips.y() > steps.bottom()  # under the list of steps, not beside the page
    assert view.finish_button.isVisible() and view.save_button.isVisible()

    view.set_compact(False)

    assert not view.is_compact()
    assert view.minimumSizeHint().width() == wide
    assert view.guidance.parentWidget() is view
