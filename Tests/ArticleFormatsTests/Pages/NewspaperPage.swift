/// A newspaper's article page: JSON-LD `NewsArticle` in a `@graph`, a site suffix in `<title>`, ad
/// slots and a newsletter box between paragraphs, a "Most read" list, a cookie banner, Latin-1 bytes
/// declared by `<meta charset>`.
enum NewspaperPage {
    static let html = """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="iso-8859-1">
        <title>Rail strike ends after pay deal | The Northern Courier</title>
        <script type="application/ld+json">
        {"@context": "https://schema.org", "@graph": [
          {"@type": "WebSite", "name": "The Northern Courier", "url": "https://courier.example"},
          {"@type": "NewsArticle", "headline": "Rail strike ends after pay deal",
           "datePublished": "2023-11-14T06:00:00Z",
           "author": [{"@type": "Person", "name": "Joaquín Ferrer"}, {"@type": "Person", "name": "Ama Owusu"}]}
        ]}
        </script>
        </head>
        <body>
        <div id="cookie-consent" class="cookie-banner"><p>We use cookies to improve your experience on our site and to show you relevant advertising.</p><button>Accept</button></div>
        <div class="top-nav"><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></div>
        <div class="page">
          <div class="article-header"><h1 class="headline">Rail strike ends after pay deal</h1>
            <p class="byline">By Joaquín Ferrer and Ama Owusu</p><p class="timestamp">14 November 2023</p></div>
          <section class="story-body" itemprop="articleBody">
            <p>Train drivers will return to work on Wednesday after their union accepted a pay offer worth 6 per cent over two years, ending a strike that had halted most services for nine days.</p>
            <div class="ad-slot" id="div-gpt-ad-1699940000-0"><p>Advertisement</p></div>
            <p>&ldquo;It is not everything we asked for, but it is a deal our members can live with,&rdquo; said Pilar Ortiz, the union&rsquo;s general secretary.</p>
            <div class="newsletter-signup"><h3>Get the morning briefing</h3><p>Sign up for our free newsletter and get the day&rsquo;s top stories in your inbox every morning.</p></div>
            <p>The operator said the first trains would run at reduced frequency, with a full timetable expected by the weekend. Commuters had faced crowded buses and long queues at taxi ranks.</p>
            <p>Transport Minister Lars Eklund welcomed the agreement. &ldquo;Nobody wins a strike like this,&rdquo; he said. &ldquo;Now we have to rebuild trust in the railway.&rdquo;</p>
          </section>
          <div class="most-read"><h2>Most read</h2><ol><li><a href="/a">Storm warning issued for the coast as winds reach record speeds</a></li><li><a href="/b">City marathon route changes announced for next spring</a></li></ol></div>
        </div>
        <footer class="site-footer"><p>&copy; The Northern Courier. All rights reserved. Contact us, terms and conditions, privacy policy.</p></footer>
        </body>
        </html>
        """

    static let text = """
        Rail strike ends after pay deal

        By Joaquín Ferrer and Ama Owusu

        2023-11-14

        Train drivers will return to work on Wednesday after their union accepted a pay offer worth 6 per cent over two years, ending a strike that had halted most services for nine days.

        “It is not everything we asked for, but it is a deal our members can live with,” said Pilar Ortiz, the union’s general secretary.

        The operator said the first trains would run at reduced frequency, with a full timetable expected by the weekend. Commuters had faced crowded buses and long queues at taxi ranks.

        Transport Minister Lars Eklund welcomed the agreement. “Nobody wins a strike like this,” he said. “Now we have to rebuild trust in the railway.”
        """

    /// The page as a browser saves it: bytes in the encoding it declares.
    static var bytes: [UInt8] {
        html.unicodeScalars.map { $0.value < 256 ? UInt8($0.value) : UInt8(ascii: "?") }
    }
}
