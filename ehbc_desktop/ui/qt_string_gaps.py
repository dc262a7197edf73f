"""Qt's own strings that Qt's Dutch catalogue lacks, translated in ours instead.

Qt 6.11 gave a few file-dialog labels a keyboard shortcut ("&Look in:"), and `qtbase_nl.qm`
still holds only the old texts, so the file dialog showed English beside Dutch. Listing the
new texts here puts them in our catalogue, in Qt's own context; Qt finds them there when its
own catalogue has nothing (nothing imports this module: the catalogue update reads it).
"""

from __future__ import annotations

from ehbc_desktop.ui.noop import QT_TRANSLATE_NOOP

QT_FILE_DIALOG_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
