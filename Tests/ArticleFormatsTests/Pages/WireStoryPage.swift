/// A wire story as a portal republishes it: a dateline, a photo gallery with captions and credits
/// between paragraphs, JSON-LD whose author is an organisation, a "Related coverage" list, and a
/// byline repeated in the body's furniture.
enum WireStoryPage {
    static let html = """
        <!DOCTYPE html>
        <html><head>
        <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
        <title>Flood barriers hold as river crests | World | NewsPortal</title>
        <script type="application/ld+json">{"@context":"https://schema.org","@type":["NewsArticle"],"headline":"Flood barriers hold as river crests","datePublished":"2025-01-20T18:42:00-05:00","author":{"@type":"Organization","name":"Global Wire"}}</script>
        <meta property="og:title" content="Flood barriers hold as river crests">
        </head>
        <body>
        <header><a href="/">NewsPortal</a><form action="/search"><input name="q"></form></header>
        <main>
          <div class="article-meta"><span class="byline">By GLOBAL WIRE</span> <span class="date">January 20, 2025</span></div>
          <div class="article-text">
            <p>RIVERTON (Global Wire) — Temporary flood barriers held along the Marren River on Monday as the water crested just below the top of the levees, sparing the old town a second flood in three years.</p>
            <div class="photo-gallery">
              <figure><img src="1.jpg"><figcaption>Volunteers stack sandbags near the old bridge. (Global Wire Photo/Lena Park)</figcaption></figure>
              <figure><img src="2.jpg"><figcaption>The river seen from the levee on Monday afternoon. (Global Wire Photo/Lena Park)</figcaption></figure>
              <div class="gallery-count">Photo 1 of 2</div>
            </div>
            <p>“The barriers did exactly what we paid for,” Mayor Henrik Solberg told reporters on the levee. “But we were lucky with the rain.”</p>
            <p>Engineers will inspect the levees this week. The regional government has promised a decision on permanent walls by the summer.</p>
            <p><strong>Related coverage:</strong> <a href="/x">Riverton rebuilds after the 2022 flood</a></p>
          </div>
        </main>
        <footer><nav><a href="/terms">Terms of use</a> <a href="/privacy">Privacy</a></nav></footer>
        </body></html>
        """

    static let text = """
        Flood barriers hold as river crests

        By Global Wire

        2025-01-20

        RIVERTON (Global Wire) — Temporary flood barriers held along the Marren River on Monday as the water crested just below the top of the levees, sparing the old town a second flood in three years.

        “The barriers did exactly what we paid for,” Mayor Henrik Solberg told reporters on the levee. “But we were lucky with the rain.”

        Engineers will inspect the levees this week. The regional government has promised a decision on permanent walls by the summer.
        """
}
