import ArticleKit

extension ReaderState {
    /// Applies one event and returns what the shell is to do for it (read texts, find findings, list
    /// the library, save), each answered by an event in turn.
    @discardableResult
    public mutating func update(_ event: Event) -> [Effect] {
        apply(event)
        return takeEffects()
    }

    /// The effects asked for so far and not yet handed over: those of calls made before the first
    /// event (opening the named article), or of the last `update`.
    public mutating func takeEffects() -> [Effect] {
        askForMissingFindings()
        defer { outbox = [] }
        return outbox
    }

    private mutating func apply(_ event: Event) {
        switch event {
        case .resize(let newWidth, let newHeight):
            // The first screen was laid out at the size the terminal then reports: nothing to redo.
            guard max(1, newWidth) != width || max(1, newHeight) != height else { break }
            width = max(1, newWidth)
            height = max(1, newHeight)
            relayout()
        case .progress(let done, let total):
            progress = (min(done, total), total)
        case .analysisFinished(let finished, let warning):
            replaceCorpus(finished)
            progress = nil
            if let warning { message = warning }
        case .textsRead(let replies):
            takeTexts(replies)
            applyDeferredKeys()
        case .findingsFound(let analysed):
            awaitsFindings = false
            for article in analysed { adoptFindings(article) }
            applyDeferredKeys()
        case .libraryListed(let library):
            awaitsLibrary = false
            replaceLibrary(library)
            applyDeferredKeys()
        case .interrupted:
            quit()
        case .scroll(let lines):
            if overlay == nil, prompt == nil, deferredKeys.isEmpty { scroll(by: lines) }
        case .click(let row, _):
            if overlay == nil, prompt == nil, deferredKeys.isEmpty { click(row: row) }
        case .key(let key):
            if !deferredKeys.isEmpty || waits(for: key) {
                deferredKeys.append(key)
            } else {
                handle(key)
            }
        }
    }

    /// Keys that waited, in order, until one has to wait again.
    private mutating func applyDeferredKeys() {
        while let key = deferredKeys.first, !waits(for: key), !shouldQuit {
            deferredKeys.removeFirst()
            handle(key)
        }
    }

    /// Every key the reader knows is handled here or in the view's own handler.
    private mutating func handle(_ key: Key) {
        message = nil
        if prompt != nil { handlePrompt(key); return }
        if overlay != nil { handleOverlay(key); return }
        if handleGlobal(key) { return }
        switch mode {
        case .library: handleLibrary(key)
        case .reading: handleReading(key)
        case .compare: handleCompare(key)
        }
    }

    /// Remembers the place in the article being read and asks the shell to save it for the next start.
    mutating func quit() {
        leaveArticle()
        shouldQuit = true
        outbox.append(.save(remembered))
    }

    private mutating func handleGlobal(_ key: Key) -> Bool {
        switch key {
        case .control("c"):
            quit()
        case .character("?"), .function(1):
            overlay = .help(top: 0)
        case .escape where mode == .library && (!library.filter.isEmpty || !library.marked.isEmpty):
            // Esc cancels before it leaves: first the comparison mark, then the filter.
            if !library.marked.isEmpty {
                library.marked = []
                message = "mark cleared"
            } else {
                library.filter = ""
                clampLibrary()
                message = "filter cleared"
            }
        case .character("q"), .escape:
            goBack()
        case .control("l"):
            break
        default:
            return false
        }
        return true
    }

    /// `q`: close the current view and return to the one it was opened from; quit from the first.
    mutating func goBack() {
        guard let previous = modeStack.popLast() else {
            quit()
            return
        }
        leaveArticle()
        mode = previous
        if mode == .reading, let reading { restore(Location(article: reading.article, offset: reading.anchor, focus: reading.focus), exact: true) }
    }

    /// Switches to `mode`, remembering the current one for `q`.
    mutating func enter(_ newMode: Mode) {
        if newMode != mode { modeStack.append(mode) }
        mode = newMode
    }

    private mutating func handlePrompt(_ key: Key) {
        guard var current = prompt else { return }
        switch key {
        case .escape, .control("c"), .control("g"):
            prompt = nil
            if current.kind == .filter { library.filter = ""; clampLibrary() }
            if current.kind == .listFilter { filterList("") }
        case .enter:
            prompt = nil
            switch current.kind {
            case .search: if mode == .compare { runCompareSearch(current.text) } else { runSearch(current.text) }
            case .filter: library.filter = current.text; clampLibrary()
            case .listFilter: filterList(current.text)
            }
        case .backspace:
            if current.text.isEmpty { prompt = nil } else { current.text.removeLast(); prompt = current }
            if current.kind == .filter { library.filter = current.text; clampLibrary() }
            if current.kind == .listFilter { filterList(current.text) }
        case .character(let character):
            current.text.append(character)
            prompt = current
            if current.kind == .filter { library.filter = current.text; clampLibrary() }
            if current.kind == .listFilter { filterList(current.text) }
        default:
            break
        }
    }

    /// `/` in a list: the rows narrow as the filter is typed.
    private mutating func filterList(_ text: String) {
        guard case .list(var list) = overlay else { return }
        list.filter(by: text)
        overlay = .list(list)
    }

    private mutating func handleOverlay(_ key: Key) {
        if case .help(let top) = overlay {
            scrollHelp(top, key)
            return
        }
        guard case .list(var list) = overlay else {
            overlay = nil
            return
        }
        let visible = max(1, contentHeight - 4)
        switch key {
        case .escape, .character("q"), .control("c"):
            overlay = nil
            return
        case .down, .character("j"), .control("n"): list.selected += 1
        case .up, .character("k"), .control("p"): list.selected -= 1
        case .pageDown, .character(" "): list.selected += visible
        case .pageUp, .character("b"): list.selected -= visible
        case .home, .character("g"): list.selected = 0
        case .end, .character("G"): list.selected = list.rows.count - 1
        case .character("/"):
            prompt = Prompt(kind: .listFilter, text: list.filter)
            return
        case .enter, .right, .character("l"):
            overlay = nil
            if list.rows.indices.contains(list.selected) { perform(list.rows[list.selected].action) }
            return
        default:
            break
        }
        list.selected = max(0, min(list.selected, list.rows.count - 1))
        if list.selected < list.top { list.top = list.selected }
        if list.selected >= list.top + visible { list.top = list.selected - visible + 1 }
        overlay = .list(list)
    }

    /// The help scrolls like a page and closes with q, Esc, ? or Ctrl-C; other keys do nothing.
    private mutating func scrollHelp(_ top: Int, _ key: Key) {
        let visible = max(1, contentHeight - 1)
        let last = max(0, helpEntries().count - visible)
        var next = top
        switch key {
        case .escape, .character("q"), .character("?"), .control("c"), .function(1):
            overlay = nil
            return
        case .down, .character("j"), .enter, .control("n"), .control("e"): next += 1
        case .up, .character("k"), .control("p"), .control("y"): next -= 1
        case .pageDown, .character(" "), .character("f"), .control("f"): next += visible
        case .pageUp, .character("b"), .control("b"): next -= visible
        case .character("d"), .control("d"): next += visible / 2
        case .character("u"), .control("u"): next -= visible / 2
        case .home, .character("g"), .character("<"): next = 0
        case .end, .character("G"), .character(">"): next = last
        default: break
        }
        overlay = .help(top: max(0, min(next, last)))
    }

    /// The help's rows for the current view: its keys, the keys of every view, and the lists' keys
    /// where lists open.
    func helpEntries() -> [(String, String)] {
        var entries: [(String, String)]
        switch mode {
        case .library: entries = KeyBindings.library
        case .reading: entries = KeyBindings.reading
        case .compare: entries = KeyBindings.compare
        }
        entries += KeyBindings.everywhere
        // Lists (speakers, actors, cross-references, threads) open from the reading view only.
        if mode == .reading {
            entries.append(("", ""))
            entries += KeyBindings.lists.map { ("list: " + $0.0, $0.1) }
        }
        return entries
    }

    mutating func perform(_ action: ListOverlay.Action) {
        switch action {
        case .jump(let location): jump(to: location)
        case .crossReferences(let name): showCrossReferences(name)
        case .none: break
        }
    }

    /// Goes to a location, remembering where we were on the jump list.
    mutating func jump(to location: Location) {
        if mode == .reading, let reading {
            jumpList.append(Location(article: reading.article, offset: reading.anchor, focus: reading.focus))
            leaveArticle()
        }
        if mode != .reading { enter(.reading) }
        restore(location)
    }

    /// Backspace / `o`: back to where the last jump started.
    mutating func jumpBack() {
        guard let location = jumpList.popLast() else {
            message = "jump list is empty"
            return
        }
        leaveArticle()
        restore(location, exact: true)
    }

    mutating func relayout() {
        if var reading {
            reading.layout = makeLayout(reading.article)
            reading.top = reading.layout.line(containing: reading.anchor)
            clampTop(&reading)
            self.reading = reading
        }
        if compare != nil { relayoutCompare() }
        clampLibrary()
    }
}
