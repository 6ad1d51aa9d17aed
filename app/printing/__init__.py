"""Printed documents (DESIGN.md "Layering": Qt-free, reportlab only).

Each document is a frozen dataclass in and a PDF out: `render_x(data, out, *, lang, footer)`
writes to a binary stream and returns the page count (for the print audit). The window shows the
PDF in Qt's print preview; saving it to disk is the caller's deliberate, audited choice.

- receipt.py          the claim receipt ticket (R-CLM-2, R-CLM-5, R-CLM-6, R-CLM-10)
- verification.py     the receipt's signed verification code and QR payload
- posting_list.py     the voter list for posting (R-CAL-1): names and precinct only
- answer_letter.py    the answer to the voter after the TEC's decision (R-CLM-5)
- subject_access.py   all data held about one voter, or a reasoned refusal (R-CLM-9, R-SEC-9)
- destruction_notice.py  notice that unlawfully collected data was destroyed (R-CLM-4)
- base.py             font, footer with user (role), time and page x/y, Bishkek time, wrapping text layout
- words.py            what a document shows in one language: value names (app.catalogue), labels, times
- wording.py          the one wording table of every document in ky/ru/en (its second half:
                      wording_receipt.py)
"""
