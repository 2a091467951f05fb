"""The data card: a README for people who download the data, with the headings of
"Datasheets for Datasets" (Gebru et al.), machine-readable front matter as dataset hubs expect,
the numbers people look for and four plots. Everything is computed from a build folder.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd

from newstables import __version__, metadata
from newstables.loader import load_all


def _size_category(n: int) -> str:
    for limit, name in (
        (1_000, "n<1K"),
        (10_000, "1K<n<10K"),
        (100_000, "10K<n<100K"),
        (1_000_000, "100K<n<1M"),
        (10_000_000, "1M<n<10M"),
    ):
        if n < limit:
            return name
    return "n>10M"


def _hf_dtype(kind: str) -> str:
    return {"string": "string", "integer": "int64", "number": "float64", "date": "date32"}[kind]


def front_matter(tables: dict[str, pd.DataFrame]) -> str:
    """YAML front matter in the shape Hugging Face dataset cards use."""
    import yaml

    configs = [
        {"config_name": name, "data_files": [{"split": "train", "path": f"{name}.parquet"}]}
        for name in tables
    ]
    info = [
        {
            "config_name": name,
            "features": [{"name": f.name, "dtype": _hf_dtype(f.type)} for f in metadata.table(name).fields],
            "splits": [{"name": "train", "num_examples": len(df)}],
        }
        for name, df in tables.items()
    ]
    meta = {
        "license": "cc-by-2.5",
        "language": ["en"],
        "pretty_name": "newstables",
        "size_categories": [_size_category(len(tables["articles"]))],
        "task_categories": ["text-classification", "token-classification"],
        "tags": ["news", "quotes", "quotation-attribution", "numbers", "journalism"],
        "configs": configs,
        "dataset_info": info,
    }
    return "---\n" + yaml.safe_dump(meta, sort_keys=False, allow_unicode=True) + "---\n"


def plots(tables: dict[str, pd.DataFrame], out: Path) -> list[Path]:
    """The card's four PNG plots, written deterministically (no timestamps in the files)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    out.mkdir(parents=True, exist_ok=True)
    arts, quotes, speakers, figures = (tables[t] for t in ("articles", "quotes", "speakers", "figures"))
    paths = []

    def save(fig: Any, name: str) -> None:
        path = out / f"{name}.png"
        fig.tight_layout()
        fig.savefig(path, dpi=100, metadata={"Software": None})
        plt.close(fig)
        paths.append(path)

    fig, ax = plt.subplots(figsize=(7, 3))
    per_month = arts["date"].dt.to_period("M").value_counts().sort_index()
    if len(per_month):
        per_month.index = per_month.index.to_timestamp()
        ax.bar(per_month.index, per_month.to_numpy(), width=20)
    ax.set_title("Articles per month")
    ax.set_ylabel("articles")
    save(fig, "articles_over_time")

    fig, ax = plt.subplots(figsize=(7, 4))
    top = speakers.sort_values(["quote_count", "name"], ascending=[False, True]).head(15)
    ax.barh(top["name"].astype(str).to_numpy()[::-1], top["quote_count"].to_numpy()[::-1])
    ax.set_title("Top speakers by quotes")
    ax.set_xlabel("quotes")
    save(fig, "top_speakers")

    fig, ax = plt.subplots(figsize=(7, 3))
    kinds = (
        figures["kind"]
        .value_counts()
        .reindex(metadata.table("figures").field("kind").constraints["enum"], fill_value=0)
    )
    ax.bar(kinds.index.astype(str), kinds.to_numpy())
    ax.set_title("Figures by kind")
    ax.set_ylabel("figures")
    save(fig, "figures_by_kind")

    fig, ax = plt.subplots(figsize=(7, 3))
    per_article = quotes.groupby("article_id").size().reindex(arts["article_id"], fill_value=0)
    ax.hist(per_article.to_numpy(), bins=range(0, int(per_article.max() if len(per_article) else 0) + 2))
    ax.set_title("Quotes per article")
    ax.set_xlabel("quotes")
    ax.set_ylabel("articles")
    save(fig, "quotes_per_article")
    return paths


def _counts_table(tables: dict[str, pd.DataFrame]) -> str:
    rows = ["| table | rows | columns |", "| --- | --- | --- |"]
    for name, df in tables.items():
        rows.append(f"| {name} | {len(df):,} | {len(df.columns)} |")
    return "\n".join(rows)


def render(build: str | Path, quality: dict[str, Any] | None = None, image_dir: str = "img") -> str:
    """The card's Markdown for a build folder (plots referenced under ``image_dir``)."""
    tables = load_all(build)
    arts, quotes, speakers, figures = (tables[t] for t in ("articles", "quotes", "speakers", "figures"))
    first = arts["date"].min().date().isoformat() if len(arts) else "-"
    last = arts["date"].max().date().isoformat() if len(arts) else "-"
    publishers = arts["source"].str.split("/").str[0].value_counts().head(10)
    kinds = quotes["kind"].value_counts().to_dict()
    attributed = float(quotes["speaker_id"].notna().mean()) if len(quotes) else 0.0
    q = (quality or {}).get("all")
    quality_text = "Not measured for this release."
    if q:
        quality_text = (
            f"Measured with `newstables evaluate` on the hand-checked gold in the repository "
            f"(`tests/fixtures/gold`: the seed article and 30 English Wikinews articles):\n\n"
            f"| measure | value |\n| --- | --- |\n"
            f"| quote F1, > 0.3 of the gold quote covered | {q['quotes']['0.3']['f1']:.3f} |\n"
            f"| quote F1, > 0.8 covered | {q['quotes']['0.8']['f1']:.3f} |\n"
            f"| speaker accuracy (matched quotes) | {q['speaker_accuracy']:.3f} |\n"
            f"| figure span F1 | {q['figures']['f1']:.3f} |\n"
            f"| figure value accuracy | {q['figures']['value_accuracy']:.3f} |\n"
            + (
                f"| speakers' role F1, exact / sharing half the words | "
                f"{q['roles']['exact']['f1']:.3f} / {q['roles']['overlap']['f1']:.3f} |\n"
                if "roles" in q
                else ""
            )
            + "\n"
            "The rules were developed against these articles; expect somewhat lower numbers on "
            "unseen news."
        )
    people = int((speakers["kind"] == "person").sum())
    orgs = int((speakers["kind"] == "organisation").sum())
    with_role = int(speakers["roles"].notna().sum())
    sources = "\n".join(f"| {name} | {count:,} |" for name, count in publishers.items())
    return f"""{front_matter(tables)}
# newstables {__version__}: quotes, speakers and figures from news articles

Clean, validated tables extracted from raw news articles: the articles, the people and
organisations quoted in them, what they said (direct quotes and reported speech) and every
figure in the text, typed and normalised. Load any table with pandas in one line:

```python
import newstables
quotes = newstables.load("quotes", source="newstables-data-{__version__}.zip")
```

or read the Parquet files with any Parquet reader (DuckDB, Polars, Spark, R arrow).

## Motivation

Journalists and researchers who study who is quoted in the news, and what numbers the news
reports, spend most of their time extracting those facts by hand or with fragile scripts.
newstables gives them the facts as tables with exact spans back into the article text, so
every row can be checked against its source.

## Composition

{_counts_table(tables)}

- Articles from {first} to {last}; {len(arts):,} articles, {int(arts["word_count"].sum()):,} words.
- Quotes: {kinds.get("direct", 0):,} direct, {kinds.get("indirect", 0):,} indirect;
  {attributed:.0%} have a named speaker.
- Speakers: {people:,} people, {orgs:,} organisations; {with_role:,} with a role or title.
- Figures: {len(figures):,}, of which {int((figures["kind"] == "money").sum()):,} amounts of money.

Inputs by top-level source folder:

| source | articles |
| --- | --- |
{sources}

![Articles per month]({image_dir}/articles_over_time.png)
![Top speakers by quotes]({image_dir}/top_speakers.png)
![Figures by kind]({image_dir}/figures_by_kind.png)
![Quotes per article]({image_dir}/quotes_per_article.png)

The columns of every table are described in `datapackage.json` and in the data dictionary
(`docs/data-dictionary.md` in the repository).

## Collection and extraction

Articles are plain text files (or JSON lines) with a date header. The extraction is
rule-based and runs offline: quote marks are paired per paragraph, reporting verbs and
phrases (251 in a data table) find direct and reported speech, speakers are resolved within
each article (full names, acronyms, pronouns, descriptions) and figures are parsed with exact
decimal arithmetic. Every table is validated (Pandera checks, keys, spans) before release.

{quality_text}

## Known limitations

- English only; the rules expect news prose.
- Speakers are resolved within an article: "Kosachev" alone in another article is a
  different speaker id from "Konstantin Kosachev".
- A description the article never resolves ("a spokesperson", "officials") has no speaker.
- A speaker's kind comes from its name and how the article writes it: an acronym, a country,
  a name holding an organisation word ("Bank", "Ministry") or one the article writes as an
  organisation's ("the Pentagon said", "Google, which") is an organisation, any other name
  a person; so a company named by one plain word and nothing more ("Sony said") is counted
  as a person.
- Weekdays ("on Tuesday") are not figures unless the build asks for them.
- Values are floats that round-trip exactly through `value_exact` (a decimal string).

## Licences and attribution

The article text keeps its own licence. English Wikinews text is Creative Commons
Attribution 2.5 (https://creativecommons.org/licenses/by/2.5/); credit "Wikinews" and the
article (title or URL). The files were modified (markup and furniture removed). See LICENSE.

## Maintenance

Versions follow SemVer: a column renamed or removed is a major version, new columns or
tables a minor one, new or corrected data a patch. Every release lists its changes in
CHANGELOG.md (schema changes apart from data changes) and carries SHA256SUMS. Report
problems on the repository's issue tracker.
"""


def data_dictionary() -> str:
    return "# Data dictionary\n\nGenerated from `schema/`.\n\n" + metadata.data_dictionary()


def write(build: str | Path, out: Path, quality_json: Path | None = None) -> list[Path]:
    """Write the card (DATACARD.md), its plots (img/) and the data dictionary into ``out``."""
    quality = json.loads(quality_json.read_text()) if quality_json and quality_json.is_file() else None
    out.mkdir(parents=True, exist_ok=True)
    tables = load_all(build)
    images = plots(tables, out / "img")
    card = out / "DATACARD.md"
    card.write_text(render(build, quality), encoding="utf-8")
    dictionary = out / "data-dictionary.md"
    dictionary.write_text(data_dictionary(), encoding="utf-8")
    return [card, dictionary, *images]
