/// An AMP page: `<html ⚡>`, the AMP runtime scripts, `amp-img`, `amp-ad` and `amp-social-share`
/// inside the article, `meta[name=author]`, the date only in `<time datetime>`, a sidebar menu.
enum AMPPage {
    static let html = """
        <!doctype html>
        <html ⚡ lang="en">
        <head>
        <meta charset="utf-8">
        <script async src="https://cdn.ampproject.org/v0.js"></script>
        <script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
        <title>Wildfire season starts early in the south - Valley Today</title>
        <link rel="canonical" href="https://valley.example/wildfire-season">
        <meta name="author" content="Keanu Makoa">
        <style amp-custom>body { font-family: serif; } .lede { font-size: 1.2em; }</style>
        </head>
        <body>
        <amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul><li><a href="/">Front page and all the latest news</a></li><li><a href="/weather">Weather</a></li></ul></amp-sidebar>
        <article class="amp-article">
          <h1>Wildfire season starts early in the south</h1>
          <time datetime="2022-06-09">June 9, 2022</time>
          <amp-img src="fire.jpg" width="800" height="450" layout="responsive" alt="Smoke over the hills"></amp-img>
          <div class="article-body">
            <p class="lede">Firefighters in the southern hills battled three blazes on Thursday, weeks before the fire season usually begins.</p>
            <p>“The grass is as dry as we normally see it in August,” said Chief Dana Whitcombe of the county fire service. Crews from two neighbouring districts joined the effort overnight.</p>
            <amp-ad width="300" height="250" type="doubleclick" data-slot="/123/amp"><div placeholder>Loading ad…</div></amp-ad>
            <p>No homes were lost, but a campground near the lake was evacuated as a precaution.<br><br>Officials urged residents to clear brush around their houses and to follow evacuation orders without delay.</p>
            <amp-social-share type="twitter"></amp-social-share>
          </div>
        </article>
        <footer><p>Valley Today, published daily since 1921. Send us your news tips and photos any time.</p></footer>
        </body>
        </html>
        """

    static let text = """
        Wildfire season starts early in the south

        By Keanu Makoa

        2022-06-09

        Firefighters in the southern hills battled three blazes on Thursday, weeks before the fire season usually begins.

        “The grass is as dry as we normally see it in August,” said Chief Dana Whitcombe of the county fire service. Crews from two neighbouring districts joined the effort overnight.

        No homes were lost, but a campground near the lake was evacuated as a precaution.

        Officials urged residents to clear brush around their houses and to follow evacuation orders without delay.
        """
}
