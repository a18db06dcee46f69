/// A WordPress post (the stock theme's structure): masthead and menu, entry header with byline and
/// date, a share bar and related posts inside the entry, a comment thread, a widget sidebar.
enum WordPressPage {
    static let html = """
        <!DOCTYPE html>
        <html lang="en-US">
        <head>
        <meta charset="UTF-8">
        <title>Council delays vote on harbour levy &#8211; The Dockside Ledger</title>
        <meta property="og:title" content="Council delays vote on harbour levy" />
        <meta property="article:published_time" content="2024-03-02T10:15:00+00:00" />
        <link rel="stylesheet" href="style.css">
        <script>window.dataLayer = [{"page": "post"}];</script>
        </head>
        <body class="post-template-default single single-post">
        <div id="page" class="site">
          <a class="skip-link screen-reader-text" href="#content">Skip to content</a>
          <header id="masthead" class="site-header">
            <p class="site-title"><a href="/">The Dockside Ledger</a></p>
            <nav id="site-navigation" class="main-navigation"><ul><li><a href="/news">News</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/about">About us and our long history of covering the harbour</a></li></ul></nav>
          </header>
          <div id="content" class="site-content">
            <main id="main" class="site-main">
              <article id="post-4121" class="post-4121 post type-post status-publish">
                <header class="entry-header">
                  <h1 class="entry-title">Council delays vote on harbour levy</h1>
                  <div class="entry-meta"><span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/mara">Mara Lindqvist</a></span></span> <time class="entry-date published" datetime="2024-03-02T10:15:00+00:00">March 2, 2024</time></div>
                </header>
                <div class="entry-content">
                  <p>The city council on Friday postponed a vote on the proposed harbour levy, citing objections from shipping firms and a missing cost study.</p>
                  <p>“We will not vote on a number nobody can explain,” said Councillor Rosa Almeida, who chairs the finance committee. “Bring us the study first.”</p>
                  <p>The levy, about &euro;2 per container, would fund dredging of the eastern channel, which port officials say silts up faster each year.</p>
                  <p>Shipping lines have warned that the charge could push cargo to <em>smaller</em> terminals along the coast. The vote is now expected in April.</p>
                  <div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a href="#">Twitter</a></li><li><a href="#">Facebook</a></li><li><a href="#">Email</a></li></ul></div>
                  <div id="jp-relatedposts" class="jp-relatedposts"><h3>Related</h3><p><a href="/p/1">Dredging costs rise again as the eastern channel silts up</a></p></div>
                </div>
              </article>
              <div id="comments" class="comments-area">
                <h2 class="comments-title">3 thoughts on “Council delays vote on harbour levy”</h2>
                <ol class="comment-list">
                  <li class="comment"><p>This is exactly what happened in 2019, when the council also waited for a study that never came, and the channel got worse, and nobody was held to account for any of it.</p></li>
                  <li class="comment"><p>Shipping firms always threaten to leave. They never do, because the smaller terminals cannot take the big ships, and everyone knows it, including the council.</p></li>
                </ol>
              </div>
            </main>
            <aside id="secondary" class="widget-area">
              <section class="widget widget_recent_entries"><h2>Recent Posts</h2><ul><li><a href="/p/2">Ferry timetable changes for the summer season announced by the operator</a></li></ul></section>
            </aside>
          </div>
          <footer id="colophon" class="site-footer"><p>Proudly powered by WordPress. All rights reserved by The Dockside Ledger and its many contributors.</p></footer>
        </div>
        </body>
        </html>
        """

    static let text = """
        Council delays vote on harbour levy

        By Mara Lindqvist

        2024-03-02

        The city council on Friday postponed a vote on the proposed harbour levy, citing objections from shipping firms and a missing cost study.

        “We will not vote on a number nobody can explain,” said Councillor Rosa Almeida, who chairs the finance committee. “Bring us the study first.”

        The levy, about €2 per container, would fund dredging of the eastern channel, which port officials say silts up faster each year.

        Shipping lines have warned that the charge could push cargo to smaller terminals along the coast. The vote is now expected in April.
        """
}
