import CLibXML2

/// A parsed HTML page as plain Swift values: elements with their lower-cased names, the attributes
/// the extractor reads, and text. Built by libxml2's HTML parser in recover mode (broken markup is
/// repaired as browsers do, entities are decoded, nothing is fetched from the network).
final class HTMLElement {
    enum Child {
        case element(HTMLElement)
        case text(String)
    }

    let name: String
    let attributes: [String: String]
    var children: [Child] = []

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    subscript(attribute: String) -> String? { attributes[attribute] }

    /// Whether the element is page furniture (`MainContent.isFurniture`), decided once: scoring,
    /// block extraction and inline text each ask.
    private(set) lazy var isSkipped: Bool = MainContent.isFurniture(self)

    var elements: [HTMLElement] {
        children.compactMap { if case .element(let element) = $0 { element } else { nil } }
    }

    /// Every element below this one, in document order (iteratively: a page can nest deeply).
    func descendants(where keep: (HTMLElement) -> Bool = { _ in true }) -> [HTMLElement] {
        var result: [HTMLElement] = []
        var stack = elements.reversed() as [HTMLElement]
        while let next = stack.popLast() {
            if keep(next) { result.append(next) }
            stack.append(contentsOf: next.elements.reversed())
        }
        return result
    }

    /// All text below, whitespace collapsed.
    var text: String { HTMLText.collapse(rawText) }

    var rawText: String {
        var parts: [String] = []
        var stack: [Child] = children.reversed()
        while let next = stack.popLast() {
            switch next {
            case .text(let text): parts.append(text)
            case .element(let element): stack.append(contentsOf: element.children.reversed())
            }
        }
        return parts.joined()
    }
}

enum HTMLTree {
    /// Attributes the extractor reads; the rest are not kept.
    static let keptAttributes: Set<String> = [
        "id", "class", "role", "itemprop", "property", "name", "content", "datetime", "aria-hidden", "hidden", "type",
        "charset", "http-equiv", "rel", "href",
    ]

    /// Deeper than this, libxml2 has already stopped nesting (it caps depth at 256); the bound keeps
    /// the conversion's stack small whatever the parser returns.
    static let maximumDepth = 1024

    /// The document's root element, or nil when libxml2 finds no document at all. `encoding` is an
    /// IANA name, or nil to let libxml2 read the BOM and `<meta charset>`.
    static func parse(_ bytes: [UInt8], encoding: String?) -> HTMLElement? {
        crossread_xml_quiet()
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_NODEFDTD.rawValue)
        let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                htmlReadMemory(pointer, Int32(clamping: buffer.count), nil, encoding, options)
            }
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return nil }
        return convert(root)
    }

    private static func convert(_ root: xmlNodePtr) -> HTMLElement {
        let top = element(root)
        var stack: [(node: xmlNodePtr?, parent: HTMLElement, depth: Int)] = [(root.pointee.children, top, 1)]
        while let (node, parent, depth) = stack.popLast() {
            guard let node else { continue }
            // Siblings first on the stack, so the child is handled before its next sibling.
            stack.append((node.pointee.next, parent, depth))
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                let child = element(node)
                parent.children.append(.element(child))
                if depth < maximumDepth { stack.append((node.pointee.children, child, depth + 1)) }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content { parent.children.append(.text(String(cString: content))) }
            default:
                break
            }
        }
        return top
    }

    private static func element(_ node: xmlNodePtr) -> HTMLElement {
        let name = node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            if let rawName = current.pointee.name {
                let key = String(cString: rawName).lowercased()
                if keptAttributes.contains(key) {
                    // The value is the attribute's text children (entities already decoded).
                    var value = "", part = current.pointee.children
                    while let text = part {
                        if let content = text.pointee.content { value += String(cString: content) }
                        part = text.pointee.next
                    }
                    attributes[key] = value
                }
            }
            attribute = current.pointee.next
        }
        return HTMLElement(name: name, attributes: attributes)
    }
}

enum HTMLText {
    /// Runs of whitespace (no-break spaces included) as one space, trimmed.
    static func collapse(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "\u{00A0}" {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.append(" "); pendingSpace = false }
            result.append(scalar)
        }
        return String(result)
    }
}
