/// A regional site's story followed by a long reader discussion, whose comments together hold more
/// text (and more commas) than the story; no JSON-LD, the author only in a byline element, the title
/// in `<h1>` and `<title>`, markup left unclosed.
enum CommentsPage {
    static let html = """
        <html>
        <head><title>School board approves later start times :: Lakeside Herald</title>
        <meta name="description" content="The board voted 5-2 on Tuesday night.">
        <meta name="pubdate" content="20210907">
        </head>
        <body>
        <div id="wrapper">
        <div class="menu"><a href="/">Home</a> <a href="/schools">Schools</a> <a href="/contact">Contact</a></div>
        <div class="story">
          <h1>School board approves later start times</h1>
          <div class="author-line"><a rel="author" href="/staff/yuki">Yuki Tanaka</a></div>
          <div class="published">Published 7 September 2021</div>
          <p>High schools in the district will start classes at 8:45 a.m. next year, almost an hour later than now, after the school board voted 5-2 on Tuesday night.
          <p>“Teenagers are not lazy; their clocks are different,” said board member Grace Oduya, who proposed the change. “We are finally listening to the research.”
          <p>Opponents said the later schedule would complicate after-school sports and bus routes, which are shared with the elementary schools.
          <p>The district will publish new bus timetables in the spring.
        </div>
        <div class="discussion" id="comments">
          <h3>Join the discussion (4 comments)</h3>
          <div class="comment"><p>My kids would love this, but as a parent who starts work at eight, I can tell you it makes mornings harder, not easier, for families like ours.</p></div>
          <div class="comment"><p>The research is clear, and other districts have done it, and test scores went up, and attendance went up, and car crashes went down, so why did it take so long?</p></div>
          <div class="comment"><p>What about sports? Practice will end after dark in winter, and the fields have no lights, and the buses will run later, and nobody has answered that question.</p></div>
          <div class="comment"><p>Two board members voted no, and I hope voters remember that in November, because this was the right call, and they should have supported it, plain and simple.</p></div>
        </div>
        </div>
        </body>
        </html>
        """

    static let text = """
        School board approves later start times

        By Yuki Tanaka

        2021-09-07

        High schools in the district will start classes at 8:45 a.m. next year, almost an hour later than now, after the school board voted 5-2 on Tuesday night.

        “Teenagers are not lazy; their clocks are different,” said board member Grace Oduya, who proposed the change. “We are finally listening to the research.”

        Opponents said the later schedule would complicate after-school sports and bus routes, which are shared with the elementary schools.

        The district will publish new bus timetables in the spring.
        """
}
