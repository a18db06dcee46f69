// crossread-train: learns the actor typer and the attribution model from annotated news and writes
// Sources/ArticleKit/Models/ActorTypeWeights.generated.swift and AttributionWeights.generated.swift.
//
//   swift run -c release crossread-train ../shared/polnear/train
//
// The folder holds `articles/*.txt`, `gold/quotes.jsonl` in the gold format of ../shared/gold and
// `corenlp/NAME.conll` (CoreNLP's entity labels). The typer is trained first and the attribution
// model on actors it typed. Nothing the trainer analyses reads the compiled weights (the gendered first
// names are learned first, from none), so every build writes the same bytes from the same folder.
import ArticleKit
import Foundation

var arguments = Array(CommandLine.arguments.dropFirst())
// --validate: keep every tenth article out, print the held-out accuracy after each epoch, write nothing.
let validating = arguments.contains("--validate")
arguments.removeAll { $0 == "--validate" }
// --types-only: train (or with --validate, measure) the actor typer alone; the attribution weights are left as they are.
let typesOnly = arguments.contains("--types-only")
arguments.removeAll { $0 == "--types-only" }
var epochs = 10
if let index = arguments.firstIndex(of: "--epochs"), index + 1 < arguments.count, let value = Int(arguments[index + 1]), value > 0 {
    epochs = value
    arguments.removeSubrange(index...(index + 1))
}
guard let folder = arguments.first, arguments.count <= 2 else {
    FileHandle.standardError.write(Data("usage: crossread-train [--validate] [--types-only] [--epochs N] TRAIN_FOLDER [OUTPUT.swift]\n".utf8))
    exit(2)
}
let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let output = arguments.count == 2 ? arguments.last! : here.appendingPathComponent("ArticleKit/Models/AttributionWeights.generated.swift").path
// With an explicit output the actor types go beside it.
let typesOutput = arguments.count == 2
    ? URL(fileURLWithPath: output).deletingLastPathComponent().appendingPathComponent("ActorTypeWeights.generated.swift").path
    : here.appendingPathComponent("ArticleKit/Models/ActorTypeWeights.generated.swift").path

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("crossread-train: \(message)\n".utf8))
    exit(1)
}

let articlesFolder = URL(fileURLWithPath: folder).appendingPathComponent("articles")
let goldFile = URL(fileURLWithPath: folder).appendingPathComponent("gold/quotes.jsonl")
guard let names = try? FileManager.default.contentsOfDirectory(atPath: articlesFolder.path).filter({ $0.hasSuffix(".txt") }).sorted(),
      !names.isEmpty else { fail("no articles in \(articlesFolder.path)") }
guard let goldText = try? String(contentsOf: goldFile, encoding: .utf8) else { fail("cannot read \(goldFile.path)") }

func spans(_ value: Any?) -> [TextSpan] {
    (value as? [[Int]] ?? []).compactMap { $0.count == 2 ? TextSpan($0[0], $0[1]) : nil }
}

var gold: [String: [GoldQuotation]] = [:]
for line in goldText.split(separator: "\n") {
    guard let record = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
          let article = record["article"] as? String, let start = record["start"] as? Int, let text = record["quote"] as? String else { continue }
    if record["adjudicated"] as? String == "removed" { continue }
    gold[article, default: []].append(GoldQuotation(
        start: start, text: text, isSpeech: record["kind"] as? String == "speech", sources: spans(record["source_spans"]),
        sourceKind: record["source_kind"] as? String, cues: spans(record["cue_spans"]),
        match: record["match"] as? [String] ?? []))
}

let started = Date()
var trainer = AttributionTrainer()
// CoreNLP's entity labels (corenlp/NAME.conll), which the actor typer learns from; its first-name
// list is counted from all of them before any article is analysed.
var conllTables: [String: String] = [:]
for name in names {
    let conll = URL(fileURLWithPath: folder).appendingPathComponent("corenlp/" + name.dropLast(4) + ".conll")
    if let table = try? String(contentsOf: conll, encoding: .utf8) { conllTables[name] = table }
}
var typeTrainer = ActorTypeTrainer(conll: names.compactMap { conllTables[$0] })
var sources: [(name: String, source: ArticleSource)] = []
for name in names {
    let path = articlesFolder.appendingPathComponent(name).path
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { fail("cannot read \(path)") }
    let source = ArticleSource(path: path, text: text)
    sources.append((name, source))
    trainer.add(source, gold: (gold[name] ?? []).sorted { $0.start < $1.start })
    // CoreNLP's coreference chains (corenlp/NAME.coref.jsonl, one chain a line), when the folder has them.
    let chains = URL(fileURLWithPath: folder).appendingPathComponent("corenlp/" + name.dropLast(4) + ".coref.jsonl")
    if let chainText = try? String(contentsOf: chains, encoding: .utf8) {
        for line in chainText.split(separator: "\n") {
            guard let record = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let mentions = record["mentions"] as? [[String: Any]] else { continue }
            trainer.chainGenders.add(chain: mentions.compactMap { $0["text"] as? String })
        }
    }
}
func generated(_ type: String, _ body: String) -> String {
    "// Generated by `swift run -c release crossread-train ../shared/polnear/train`: do not edit.\n"
        + "extension \(type) {\n    static let weightsText = #\"\"\"\n" + body + "\"\"\"#\n}\n"
}
// Gendered first names first: every later stage's analysis reads them, and they are learned from none
// rather than from the compiled weights, so any build writes the same files.
let (gendered, genderRounds) = trainer.learnedGenderedNames(typer: typeTrainer.rulesOnly)
print("gendered first names: \(gendered.male.count) male, \(gendered.female.count) female, settled in \(genderRounds) rounds")
for (name, source) in sources {
    if let table = conllTables[name] { typeTrainer.add(source, conll: table, gendered: gendered) }
}
let (typer, typeReport) = typeTrainer.train(epochs: epochs, version: "\(ActorTypeModel.formatVersion).\(names.count)",
                                            holdOutEvery: validating ? 10 : nil)
func percent(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }
print("actor types: \(typeReport.articles) articles with CoreNLP labels, \(typeReport.names) names; CoreNLP gives \(typeReport.labelled) a kind "
      + "(person \(typeReport.byLabel[0]), organisation \(typeReport.byLabel[1]), place \(typeReport.byLabel[2])) and \(typeReport.byLabel[3]) none; "
      + "the rules agree on \(percent(Double(typeReport.rulesAgree) / Double(max(typeReport.labelled, 1)))) of the kinds; "
      + "\(typeReport.firstNames) first names")
print("actor type accuracy by epoch (training, online): " + typeReport.accuracyByEpoch.map(percent).joined(separator: " "))
print("actor type margins over the rules' person, organisation, place: \(typeReport.margins.map { String(format: "%g", $0) }.joined(separator: ", ")); "
      + "held-out accuracy \(percent(typeReport.heldOutAccuracy)) (the rules alone: \(percent(typeReport.heldOutRulesAccuracy)))")
if validating { print("held-out actor type accuracy by epoch: " + typeReport.heldOutAccuracyByEpoch.map(percent).joined(separator: " ")) }
let typeProvenance = [
    "Learned by crossread-train from CoreNLP's automatic entity labels (4 classes) of the PolNeAR corpus v1.0.0",
    "training split, as converted in ../shared/polnear/train/corenlp: \(typeReport.articles) articles, \(typeReport.labelled) labelled names.",
    "Only weights of hashed features are stored; no text of the articles.",
]
if typesOnly {
    if !validating {
        do { try generated("ActorTypeModel", typer.serialized(provenance: typeProvenance)).write(toFile: typesOutput, atomically: true, encoding: .utf8) } catch { fail("cannot write \(typesOutput): \(error)") }
        print("wrote \(typesOutput)")
    }
    exit(0)
}
let version = "\(AttributionModel.formatVersion).\(names.count)"
let (model, report) = trainer.train(epochs: epochs, version: version, holdOutEvery: validating ? 10 : nil, typer: typer,
                                   gendered: gendered)
if validating {
    print("held-out speaker accuracy by epoch: " + report.heldOutSpeakerAccuracyByEpoch.map(percent).joined(separator: " "))
    print("held-out speech-or-term accuracy by epoch: " + report.heldOutKindAccuracyByEpoch.map(percent).joined(separator: " "))
    exit(0)
}
let seconds = Date().timeIntervalSince(started)

let provenance = [
    "Learned by crossread-train from the PolNeAR corpus v1.0.0 training split (Newell, Margolin & Ruths, LREC 2018),",
    "as converted in ../shared/polnear/train: \(report.articles) articles, \(report.goldQuotations) annotated quotations.",
    "Only weights of hashed features and hashed word lists are stored; no text of the articles.",
]
let body = model.serialized(provenance: provenance)
do {
    try generated("AttributionModel", body).write(toFile: output, atomically: true, encoding: .utf8)
    try generated("ActorTypeModel", typer.serialized(provenance: typeProvenance)).write(toFile: typesOutput, atomically: true, encoding: .utf8)
} catch { fail("cannot write the weights: \(error)") }

print("articles \(report.articles), gold quotations \(report.goldQuotations), aligned \(report.alignedQuotations)")
print("speech quotations with an annotated source: \(report.speechWithSource); a candidate names it for \(percent(report.candidateRecall))")
print("learned cue words \(report.cueWords), descriptor heads \(report.descriptorHeads), gendered first names \(report.genderedNames)")
print("speaker accuracy by epoch (training, online): " + report.speakerAccuracyByEpoch.map(percent).joined(separator: " "))
print("speech-or-term accuracy by epoch (training, online): " + report.kindAccuracyByEpoch.map(percent).joined(separator: " "))
print("pronouns and definite descriptions with a match string: \(report.antecedentExamples); a candidate is right for \(percent(Double(report.antecedentCovered) / Double(max(report.antecedentExamples, 1))))")
print("antecedent accuracy by epoch (training, online): " + report.antecedentAccuracyByEpoch.map(percent).joined(separator: " "))
print("weights: speaker \(model.speaker.weights.count), kind \(model.kind.weights.count), antecedent \(model.antecedent.weights.count); \(body.utf8.count) bytes; \(String(format: "%.1f", seconds)) s")
print("strongest speaker features:")
for (name, weight) in report.topSpeakerFeatures { print(String(format: "  %+8.3f  ", weight) + name) }
print("strongest speech-or-term features:")
for (name, weight) in report.topKindFeatures { print(String(format: "  %+8.3f  ", weight) + name) }
print("actor type weights: \(typer.weights.weights.count)")
print("wrote \(output) and \(typesOutput)")
