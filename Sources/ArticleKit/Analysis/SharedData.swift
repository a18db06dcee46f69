import Dispatch

/// The data every full analysis reads and builds once per process: the learned weight files and the
/// place names from iso-codes (together about 20 ms). Loading them on another core while the caller
/// reads and cleans its files takes them off the path to the first result.
public enum SharedData {
    public static func startLoading() {
        DispatchQueue.global(qos: .userInitiated).async {
            _ = Places.shared
            _ = AttributionModel.shared
            _ = ActorTypeModel.shared
        }
    }
}
