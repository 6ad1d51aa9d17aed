"""The desktop window (PySide6). Nothing outside this package imports it.

Threading rule: a view never touches the store on the UI thread. Every service call
goes through the one `TaskRunner` (`task_runner.py`), whose single worker thread runs
the calls in submission order and hands each result or `AppError` back to the UI
thread. Views are thin: collect input, submit a call, show the result or
`app.messages.explain(error, lang)`.

Translations: every string goes through `self.tr()` with `%1` / `%n` placeholders and
English source text; `resources/i18n/pecdesk_{ky,ru,en}.ts` are the committed sources
(see resources/i18n/README.md), `.qm` files are built by `make translations`.
"""
