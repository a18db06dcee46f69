/// The article's paragraphs out of a whole page, in the manner of Mozilla's Readability: furniture
/// (navigation, headers and footers, asides, scripts, forms, share bars, ad slots, newsletter and
/// cookie banners, "related" and "most read" lists, comments, captions, bylines) is skipped by its
/// element, role or class words; every paragraph scores its container by its length and commas;
/// the best container (an `<article>`, `<main>` or `articleBody` counts extra), less its link
/// density, holds the article, with those of its siblings that score close to it.
enum MainContent {
    static let skippedElements: Set<String> = [
        "head", "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button", "iframe",
        "svg", "figure", "figcaption", "select", "input", "textarea", "dialog", "object", "embed", "video", "audio",
        "canvas", "map", "menu", "amp-ad", "amp-analytics", "amp-sidebar", "amp-consent", "amp-social-share",
        "amp-carousel", "amp-img", "img", "picture", "source",
    ]
    static let skippedRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar", "toolbar",
    ]
    /// Words of a class or id that mark furniture.
    static let furnitureWords: Set<String> = [
        "comment", "comments", "disqus", "share", "sharing", "social", "related", "popular", "trending", "recommended",
        "newsletter", "subscribe", "subscription", "signup", "cookie", "cookies", "consent", "gdpr", "banner", "ad", "ads",
        "advert", "advertisement", "adslot", "dfp", "gpt", "promo", "sponsored", "sidebar", "footer", "nav", "navbar",
        "navigation", "menu", "breadcrumb", "breadcrumbs", "byline", "author", "dateline", "timestamp", "tags", "caption",
        "credit", "credits", "outbrain", "taboola", "recirc", "mostread", "modal", "popup", "paywall", "gallery",
        "slideshow", "toolbar", "masthead", "widget", "skip", "hidden", "published", "pubdate", "updated", "date",
    ]
    /// Furniture names that templates run into other words (`jp-relatedposts`, `sharedaddy`).
    static let furnitureParts = [
        "related", "share", "newsletter", "sidebar", "sponsor", "footer", "cookie", "subscribe", "breadcrumb", "outbrain",
        "taboola", "recirc", "gallery", "caption", "byline", "widget", "masthead", "paywall", "trending", "recommend",
        "advert", "promo",
    ]
    /// Words of a class or id that mark the article body.
    static let bodyWords: Set<String> = ["article", "articlebody", "body", "content", "entry", "post", "story", "text", "main"]
    static let blockElements: Set<String> = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "td"]
    static let containerElements: Set<String> = ["div", "section", "article", "main", "body", "ul", "ol", "dl", "table", "tbody", "tr", "span"]

    /// Below this much paragraph text the page holds no article (a front page, an index, an error page).
    static let minimumText = 200

    /// The article's paragraphs, or nil when the page holds none.
    static func paragraphs(of root: HTMLElement, title: String?) -> [String]? {
        guard let body = root.descendants(where: { $0.name == "body" }).first ?? Optional(root) else { return nil }
        var scores: [ObjectIdentifier: Double] = [:]
        var parents: [ObjectIdentifier: HTMLElement] = [:]
        var candidates: [HTMLElement] = []
        var paragraphText = 0
        walk(body) { element, parent in
            parents[ObjectIdentifier(element)] = parent
            guard element.name == "p" || element.name == "pre" || element.name == "td" || element.name == "blockquote" else { return }
            let text = element.text
            let length = text.unicodeScalars.count
            guard length >= 25 else { return }
            paragraphText += length
            let commas = text.unicodeScalars.filter { $0 == "," || $0 == "，" }.count
            let score = 1 + Double(commas) + min(Double(length) / 100, 3)
            if let parent {
                if scores[ObjectIdentifier(parent)] == nil { candidates.append(parent) }
                scores[ObjectIdentifier(parent), default: 0] += score
                if let grandparent = parents[ObjectIdentifier(parent)] {
                    if scores[ObjectIdentifier(grandparent)] == nil { candidates.append(grandparent) }
                    scores[ObjectIdentifier(grandparent), default: 0] += score / 2
                }
            }
        }
        guard paragraphText >= minimumText else { return nil }
        var finals: [ObjectIdentifier: Double] = [:]
        for candidate in candidates {
            finals[ObjectIdentifier(candidate)] = (scores[ObjectIdentifier(candidate)] ?? 0) * (1 - linkDensity(candidate)) * (isBodyLike(candidate) ? 1.25 : 1)
        }
        func final(_ element: HTMLElement) -> Double { finals[ObjectIdentifier(element)] ?? 0 }
        guard let best = candidates.max(by: { final($0) < final($1) }) else { return nil }
        var chosen = [best]
        if let parent = parents[ObjectIdentifier(best)] {
            let threshold = max(10, final(best) * 0.2)
            chosen = parent.elements.filter { sibling in
                guard sibling !== best else { return true }
                guard !sibling.isSkipped else { return false }
                if final(sibling) >= threshold { return true }
                let length = sibling.text.unicodeScalars.count
                return sibling.name == "p" && length > 80 && linkDensity(sibling) < 0.25
            }
        }
        var blocks: [String] = []
        for container in chosen { emitBlocks(container, into: &blocks) }
        let titleKey = title.map(HTMLText.collapse)
        blocks = blocks.filter { $0 != titleKey }
        guard blocks.reduce(0, { $0 + $1.unicodeScalars.count }) >= minimumText else { return nil }
        return blocks
    }

    /// Visits every element that is not furniture, with its parent, in document order.
    private static func walk(_ root: HTMLElement, _ visit: (HTMLElement, HTMLElement?) -> Void) {
        var stack: [(HTMLElement, HTMLElement?)] = [(root, nil)]
        while let (element, parent) = stack.popLast() {
            guard !element.isSkipped else { continue }
            visit(element, parent)
            for child in element.elements.reversed() { stack.append((child, element)) }
        }
    }

    static func isFurniture(_ element: HTMLElement) -> Bool {
        if skippedElements.contains(element.name) { return true }
        if element["hidden"] != nil || element["aria-hidden"]?.lowercased() == "true" { return true }
        if let role = element["role"]?.lowercased(), skippedRoles.contains(role) { return true }
        return classWords(element).contains { word in furnitureWords.contains(word) || furnitureParts.contains { word.contains($0) } }
    }

    private static func isBodyLike(_ element: HTMLElement) -> Bool {
        element.name == "article" || element.name == "main" || element["itemprop"]?.lowercased() == "articlebody"
            || classWords(element).contains { bodyWords.contains($0) }
    }

    /// The words of an element's class and id: `story-body__inner` → story, body, inner.
    static func classWords(_ element: HTMLElement) -> [String] {
        let value = ((element["class"] ?? "") + " " + (element["id"] ?? "")).lowercased()
        return value.split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// The share of an element's text that sits inside links.
    static func linkDensity(_ element: HTMLElement) -> Double {
        let total = element.text.unicodeScalars.count
        guard total > 0 else { return 0 }
        let linked = element.descendants { $0.name == "a" }.reduce(0) { $0 + $1.text.unicodeScalars.count }
        return min(1, Double(linked) / Double(total))
    }

    /// The paragraphs below a container: each block element is one (a `<blockquote>` of paragraphs
    /// gives each), runs of inline text between blocks are one, `<br><br>` splits a paragraph, and
    /// link lists are dropped.
    private static func emitBlocks(_ element: HTMLElement, into blocks: inout [String], depth: Int = 0) {
        guard !element.isSkipped else { return }
        if blockElements.contains(element.name), !element.elements.contains(where: { blockElements.contains($0.name) || containerElements.contains($0.name) && $0.name != "span" }) {
            // A paragraph or item that is mostly a link ("Related: …", a list of headlines) is furniture.
            guard linkDensity(element) <= 0.5 else { return }
            for part in inlineText(element) where !part.isEmpty { blocks.append(part) }
            return
        }
        guard depth < HTMLTree.maximumDepth else { return }
        var inline = HTMLElement(name: "p", attributes: [:])
        func flushInline() {
            for part in inlineText(inline) where !part.isEmpty { blocks.append(part) }
            inline = HTMLElement(name: "p", attributes: [:])
        }
        for child in element.children {
            switch child {
            case .text:
                inline.children.append(child)
            case .element(let nested):
                if blockElements.contains(nested.name) || containerElements.contains(nested.name) && nested.name != "span" {
                    flushInline()
                    emitBlocks(nested, into: &blocks, depth: depth + 1)
                } else if !nested.isSkipped {
                    inline.children.append(child)
                }
            }
        }
        flushInline()
    }

    /// The text of an inline run, split where two line breaks meet; `<q>` gets its quotation marks.
    static func inlineText(_ element: HTMLElement) -> [String] {
        var parts: [String] = []
        var current = ""
        var breaks = 0
        func visit(_ node: HTMLElement, depth: Int) {
            for child in node.children {
                switch child {
                case .text(let text):
                    if !text.allSatisfy(\.isWhitespace) { breaks = 0 }
                    current += text
                case .element(let nested):
                    if nested.name == "br" {
                        breaks += 1
                        if breaks >= 2 { parts.append(current); current = ""; breaks = 0 } else { current += " " }
                        continue
                    }
                    guard !nested.isSkipped, depth < HTMLTree.maximumDepth else { continue }
                    if nested.name == "q" { current += "“" }
                    visit(nested, depth: depth + 1)
                    if nested.name == "q" { current += "”" }
                }
            }
        }
        visit(element, depth: 0)
        parts.append(current)
        return parts.map(HTMLText.collapse).filter { !$0.isEmpty }
    }
}
