import ArticleKit

extension ReaderState {
    /// Draws the whole screen: the current view, any overlay, and the status or prompt line.
    public func render() -> Screen {
        var screen = Screen(width: width, height: height)
        guard !isTooSmall else {
            screen.write("window too small", row: 0, column: 0, role: .statusAccent)
            return screen
        }
        switch mode {
        case .library: renderLibrary(&screen)
        case .reading: renderReading(&screen)
        case .compare: renderCompare(&screen)
        }
        switch overlay {
        case .help(let top)?: renderHelp(top: top, &screen)
        case .list(let list)?: renderList(list, &screen)
        case nil: break
        }
        renderStatus(&screen)
        return screen
    }

    private func renderStatus(_ screen: inout Screen) {
        let row = height - 1
        screen.paint(row: row, role: .status)
        if let prompt {
            let label = prompt.kind == .search ? "/" : prompt.kind == .filter ? "filter: " : "filter the list: "
            screen.paint(row: row, role: .prompt)
            screen.write(label + prompt.text + "█", row: row, column: 0, role: .prompt)
            return
        }
        var parts: [String] = []
        switch mode {
        case .library:
            if let message { parts.append(message) }
            parts.append("\(library.rows(corpus).count) of \(corpus.articles.count) articles")
            parts.append("Enter: read  c: compare  s: sort  /: filter  ?: help")
        case .reading:
            if let state = reading {
                let article = corpus.articles[state.article]
                let percent = maximumTop(state) == 0 ? 100 : state.top * 100 / maximumTop(state)
                parts.insert("\(article.fileName)  \(percent)%", at: 0)
                if !article.hasFindings { parts.append("finding quotations…") }
                // What } follows (the quotation's speaker) and, when it differs, what x cross-references.
                let speaker = currentQuote().flatMap { corpus.speaker(article: $0.article, quote: $0.index) }
                if let speaker { parts.append("speaker: \(speaker)") }
                if let subject = focusedSubject(), subject.label != "match", subject.name != speaker {
                    parts.append("x: \(subject.label) \(subject.name)")
                }
                if let search = state.search, let current = search.current, !search.matches.isEmpty {
                    parts.append("match \(current + 1)/\(search.matches.count)")
                }
                if let message { parts.append(message) }
                parts.append("]: quote  }: same speaker  s: speakers  x: xref  ?: help")
            }
        case .compare:
            if let state = compare {
                let verdict = state.comparison.verdict
                parts.insert((verdict.derived ? "DERIVED COPY" : "not derived") + " (score \(formatted(verdict.score)))", at: 0)
                if let variant = firstVisibleVariant(state) { parts.append("≈\(formatted(variant)) quotation variant") }
                if let message { parts.append(message) }
                parts.append(state.together ? "scrolling together" : "pane \(state.active == 0 ? "A" : "B") scrolls")
                parts.append("Tab: pane  =: together  ]: next pair  ?: help")
            }
        }
        if let progress {
            parts.append(progress.done < progress.total ? "analysing \(progress.done)/\(progress.total)" : "saving the index")
        }
        screen.write(" " + parts.joined(separator: "  ·  "), row: row, column: 0, role: .status)
    }

    func formatted(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }

    private func renderHelp(top: Int, _ screen: inout Screen) {
        let entries = helpEntries()
        let rows = entries.map { ListOverlay.Row(text: $0.0, detail: $0.1, action: .none) }
        let visible = max(1, contentHeight - 1)
        let more = visible < rows.count ? "  (j k Space b scroll, q closes)" : ""
        renderBox(title: "Keys" + more, rows: rows, selected: nil, top: top, keyColumn: 24, &screen)
    }

    private func renderList(_ list: ListOverlay, _ screen: inout Screen) {
        let title = list.filter.isEmpty ? list.title : list.title + "  ·  filtered by “\(list.filter)”: \(list.rows.count)"
        renderBox(title: title, rows: list.rows, selected: list.selected, top: list.top, keyColumn: nil, &screen)
    }

    private func renderBox(title: String, rows: [ListOverlay.Row], selected: Int?, top: Int, keyColumn: Int?, _ screen: inout Screen) {
        let left = 0
        let boxWidth = width
        let firstRow = 0
        let boxHeight = contentHeight
        guard boxWidth > 4, boxHeight > 1 else { return }
        for row in firstRow..<(firstRow + boxHeight) {
            screen.write(String(repeating: " ", count: boxWidth), row: row, column: left, role: .overlay)
        }
        screen.write(" " + title, row: firstRow, column: left, role: .overlayTitle, limit: boxWidth)
        screen.paint(row: firstRow, from: left, to: left + boxWidth, role: .overlayTitle)
        let visible = boxHeight - 1
        for index in 0..<visible {
            let rowIndex = top + index
            guard rows.indices.contains(rowIndex) else { break }
            let row = firstRow + 1 + index
            let isSelected = rowIndex == selected
            let role: Role = isSelected ? .overlaySelection : .overlay
            let entry = rows[rowIndex]
            if isSelected { screen.paint(row: row, from: left, to: left + boxWidth, role: role) }
            if let keyColumn {
                screen.write(" " + entry.text, row: row, column: left, role: role, limit: min(keyColumn, boxWidth))
                screen.write(entry.detail, row: row, column: left + min(keyColumn, boxWidth), role: role, limit: max(0, boxWidth - keyColumn))
            } else {
                let end = screen.write(" " + entry.text, row: row, column: left, role: role, limit: boxWidth)
                screen.write("  " + entry.detail, row: row, column: end, role: role, limit: max(0, left + boxWidth - end))
            }
        }
        if rows.count > visible {
            let marker = " \(min(rows.count, top + visible))/\(rows.count) "
            screen.write(marker, row: firstRow, column: left + max(0, boxWidth - DisplayWidth.of(marker)), role: .overlayTitle)
        }
    }
}
