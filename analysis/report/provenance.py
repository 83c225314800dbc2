"""What produced a report: package, spaCy model, knowledge files and corpus, as one block.

    analysis.provenance.block(corpus)   # displays as a table in notebooks and HTML reports

Every report ends with this block (``analysis.report.runner`` adds it when a notebook does not
show it
itself), so a figure in a paper can be traced to the code, model, lexicons, registry and
articles that made it. The corpus values come from ``corpus.provenance`` (recorded when the
corpus was loaded); the registry and lexicon hashes are of the files as they are now, and the
block says when they differ from the ones the corpus was annotated with.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path

from .._version import __version__
from ..corpus.corpus import Corpus
from ..knowledge import files_hash, knowledge_files, knowledge_hash, using_layers

REGISTRY_FILE = "actors.csv"

# key -> label, in display order
FIELDS = {
    "package_version": "analysis package version",
    "code_hash": "analysis code hash",
    "model": "spaCy model",
    "model_version": "spaCy model version",
    "spacy_version": "spaCy version",
    "knowledge_hash": "knowledge files hash (registry + lexicons), at annotation",
    "topic": "topic pack",
    "registry_hash": "actor registry hash (the topic pack's actors.csv), now",
    "lexicons_hash": "lexicons and other knowledge files hash, now",
    "knowledge_current": "knowledge files unchanged since annotation",
    "corpus_hash": "corpus hash (article ids + text hashes)",
    "n_articles": "articles",
    "corpus_path": "corpus path",
}


def current_knowledge() -> dict:
    """Hashes of the knowledge files as they are now: registry, the rest, and all together."""
    files = knowledge_files()
    registry = [p for p in files if p.name == REGISTRY_FILE]
    others = [p for p in files if p not in registry]
    return {
        "registry_hash": files_hash(registry) if registry else "missing",
        "lexicons_hash": files_hash(others),
        "knowledge_hash": knowledge_hash(),
    }


def provenance(corpus=None, *, corpus_path=None) -> dict:
    """The provenance of a corpus (or of the installed workbench when corpus is None)."""
    import spacy

    recorded = dict(getattr(corpus, "provenance", corpus) or {})
    folders = (recorded.get("topic") or {}).get("folders") or []
    with using_layers([Path(folder) for folder in folders]):  # the corpus's pack, as now
        now = current_knowledge()
    info = {
        "package_version": recorded.get("package_version", __version__),
        "spacy_version": spacy.__version__,
        **recorded,
        "registry_hash": now["registry_hash"],
        "lexicons_hash": now["lexicons_hash"],
    }
    info.setdefault("knowledge_hash", now["knowledge_hash"])
    info["knowledge_current"] = info["knowledge_hash"] == now["knowledge_hash"]
    if corpus_path is not None:
        info["corpus_path"] = str(corpus_path)
    return info


@dataclass
class ProvenanceBlock:
    """Displays as a two-column table (HTML in notebooks, Markdown or text elsewhere)."""

    info: dict = field(default_factory=dict)

    def rows(self) -> list[tuple[str, str]]:
        keys = [k for k in FIELDS if k in self.info] + sorted(set(self.info) - set(FIELDS))
        return [(FIELDS.get(key, key), _shown(self.info[key])) for key in keys]

    def _repr_html_(self) -> str:
        body = "".join(
            f"<tr><th style='text-align:left'>{html.escape(label)}</th>"
            f"<td><code>{html.escape(value)}</code></td></tr>"
            for label, value in self.rows()
        )
        return f"<div class='workbench-provenance'><h3>Provenance</h3><table>{body}</table></div>"

    def _repr_markdown_(self) -> str:
        lines = ["### Provenance", "", "| | |", "|---|---|"]
        lines += [f"| {label} | `{value}` |" for label, value in self.rows()]
        return "\n".join(lines)

    def __repr__(self) -> str:
        width = max((len(label) for label, _ in self.rows()), default=0)
        return "\n".join(
            ["Provenance"] + [f"  {label:<{width}}  {value}" for label, value in self.rows()]
        )


def _shown(value) -> str:
    """A provenance value as text (a topic pack by its name)."""
    if isinstance(value, dict) and "name" in value:
        return str(value["name"])
    return "none" if value is None else str(value)


def find_corpus(namespace: dict | None = None):
    """The corpus a notebook loaded: the variable ``corpus``, else the only Corpus in the
    namespace."""
    namespace = _user_namespace() if namespace is None else namespace
    if isinstance(namespace.get("corpus"), Corpus):
        return namespace["corpus"]
    found = [
        value
        for name, value in namespace.items()
        if isinstance(value, Corpus) and not name.startswith("_")
    ]
    return found[0] if len(found) == 1 else None


def _user_namespace() -> dict:
    try:
        from IPython import get_ipython
    except ImportError:
        return {}
    shell = get_ipython()
    return shell.user_ns if shell is not None else {}


def block(corpus=None, *, corpus_path=None) -> ProvenanceBlock:
    """The provenance block of a report.

    Without arguments (as the reports call it) it describes the notebook's ``corpus`` (or only
    loaded Corpus) and its ``corpus_path`` parameter.
    """
    if corpus is None:
        namespace = _user_namespace()
        corpus = find_corpus(namespace)
        if corpus_path is None:
            corpus_path = namespace.get("corpus_path")
        if corpus is None:
            corpus_path = f"{corpus_path} (no corpus loaded)"
    return ProvenanceBlock(provenance(corpus, corpus_path=corpus_path))
