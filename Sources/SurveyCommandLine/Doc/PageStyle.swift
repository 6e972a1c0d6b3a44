/// The style sheet of the HTML questionnaire: fluid on a phone, plain on paper, no external assets.
let questionnaireStyle = """
    :root { --ink: #1d1d1f; --muted: #5a5f66; --line: #d8dce0; --tint: #f3f6f9; --accent: #1f5f8b; }
    * { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; }
    body { margin: 0; color: var(--ink); background: #fff;
      font: 16px/1.5 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
    main { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1rem 4rem; }
    h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 .5rem; }
    h2 { font-size: 1.3rem; margin: 2.5rem 0 .75rem; padding-bottom: .25rem; border-bottom: 2px solid var(--accent); }
    h3 { font-size: 1.05rem; margin: 0 0 .4rem; }
    .facts { color: var(--muted); margin: 0 0 1rem; }
    .audience { background: var(--tint); border-left: 4px solid var(--accent); padding: .6rem .8rem; }
    .legend { color: var(--muted); font-size: .9rem; }
    .question { padding: 1rem 0; border-top: 1px solid var(--line); break-inside: avoid; page-break-inside: avoid; }
    .number { color: var(--accent); margin-right: .25rem; }
    .required { color: #b3261e; }
    .help { color: var(--muted); font-style: italic; margin: .25rem 0; }
    .routing { font-size: .9rem; color: var(--muted); margin: .25rem 0; padding-left: .6rem; border-left: 3px solid var(--line); }
    .answer { font-size: .9rem; font-weight: 600; margin: .5rem 0 .25rem; }
    .note { background: var(--tint); padding: .6rem .8rem; margin: 1rem 0; border-radius: 4px; }
    .note p { margin: 0; }
    .options { list-style: none; padding: 0; margin: .25rem 0; }
    .options li { display: flex; gap: .6rem; padding: .15rem 0; align-items: baseline; }
    .mark { flex: none; width: 1.1rem; color: var(--muted); }
    .code { flex: none; min-width: 2.2rem; text-align: right; font: .8rem/1.6 ui-monospace, Menlo, Consolas, monospace;
      color: var(--muted); }
    .option-note { color: var(--muted); font-style: italic; }
    .check { font-size: .9rem; margin: .4rem 0 0; }
    .table-wrap { overflow-x: auto; -webkit-overflow-scrolling: touch; }
    table { border-collapse: collapse; width: 100%; font-size: .9rem; }
    th, td { border-bottom: 1px solid var(--line); padding: .35rem .4rem; vertical-align: top; }
    thead th { text-align: center; font-weight: 600; }
    tbody th { text-align: left; font-weight: normal; }
    .grid td { text-align: center; color: var(--muted); }
    .grid thead th:first-child { text-align: left; }
    .estimates th, .estimates td { text-align: right; }
    .estimates th:first-child, .estimates td:first-child { text-align: left; }
    caption { text-align: left; font-weight: 600; padding: 0 .4rem .3rem; }
    .same-options { font-size: .9rem; color: var(--muted); margin: .25rem 0; }
    @media (min-width: 36rem) { .options.long { columns: 2; column-gap: 2rem; } .options.long li { break-inside: avoid; } }
    @media (max-width: 30rem) { body { font-size: 15px; } main { padding: 1rem .75rem 3rem; } h1 { font-size: 1.45rem; } }
    @media screen and (max-width: 36rem) {
      .grid thead { display: none; }
      .grid, .grid tbody, .grid tr, .grid th[scope=row] { display: block; width: 100%; }
      .grid tr { padding: .4rem 0; border-bottom: 1px solid var(--line); }
      .grid th[scope=row] { border: 0; padding: 0 0 .2rem; font-weight: 600; }
      .grid td { display: inline-block; border: 0; padding: .1rem .8rem .1rem 0; text-align: left; }
      .grid td::after { content: " " attr(data-label); color: var(--ink); }
    }
    @media print {
      @page { margin: 18mm 16mm; }
      body { font-size: 10.5pt; }
      main { max-width: none; padding: 0; }
      h2 { break-after: avoid; page-break-after: avoid; }
      .note, .audience { background: none; border: 1px solid var(--line); }
      .table-wrap { overflow: visible; }
      .options.long { columns: 2; column-gap: 2rem; }
      a { color: inherit; text-decoration: none; }
    }
    """
