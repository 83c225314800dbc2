"""Validate: the researcher's loop for checking the workbench on their own corpus (draw a coding
sheet, code it, score it: ``loop``), the measured validity the reports state (``validity``) and
the one scorer of every evaluation (``scoring``).

    from analysis import validate
    sheet = validate.sample(corpus, "frames", n=100, seed=1)
    validate.write_sheet(sheet, "frames_sheet")
    print(validate.score("frames_sheet.xlsx").summary())
"""

from .loop import Report, Sheet, read_sheet, sample, score, write_sheet

__all__ = ["Report", "Sheet", "read_sheet", "sample", "score", "write_sheet"]
