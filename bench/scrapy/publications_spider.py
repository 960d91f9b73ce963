"""The Scrapy side of `pubharvest bench --compare-scrapy`.

Reads the same fields from the synthetic site (`pubharvest sample-site`) as `harvest --what=publications`
does, the way a Scrapy user would write it: start at the publications page, follow the year filter,
walk the year's listing pages, and read each publication page's citation_* metadata (falling back to
the visible page). Items go to a JSON Lines feed (`-O items.jl`). Links on the site are the real site's
canonical urls; like the harvest's `base-url`, the spider maps them onto the served copy.

    scrapy runspider publications_spider.py -a base=http://127.0.0.1:8080 -a year=2021 -O items.jl
"""
from urllib.parse import urljoin

import scrapy

CANONICAL_BASE = "https://www.amazon.science"


class PublicationsSpider(scrapy.Spider):
    name = "pubharvest-bench-publications"
    custom_settings = {
        # Scrapy's defaults for a crawl of one host, with its own politeness off as the harvest's is
        # (our loopback server), robots.txt still read and obeyed.
        "CONCURRENT_REQUESTS": 16,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
        "DOWNLOAD_DELAY": 0,
        "AUTOTHROTTLE_ENABLED": False,
        "ROBOTSTXT_OBEY": True,
        "COOKIES_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "LOG_LEVEL": "INFO",
        "FEED_EXPORT_ENCODING": "utf-8",
        "REQUEST_FINGERPRINTER_IMPLEMENTATION": "2.7",
    }

    def __init__(self, base, year="2021", **kwargs):
        super().__init__(**kwargs)
        self.base = base.rstrip("/")
        self.year = str(year)

    def local(self, response, href):
        url = urljoin(response.url, href)
        if url.startswith(CANONICAL_BASE):
            url = self.base + url[len(CANONICAL_BASE):]
        return url

    def start_requests(self):
        yield scrapy.Request(self.base + "/publications", callback=self.parse_filters)

    def parse_filters(self, response):
        for option in response.css('[data-filter-name="year"] a'):
            if option.css("::text").get("").strip() == self.year:
                yield scrapy.Request(self.local(response, option.attrib["href"]), callback=self.parse_listing)

    def parse_listing(self, response):
        for href in response.css(".SearchResultsModule-results a::attr(href)").getall():
            yield scrapy.Request(self.local(response, href), callback=self.parse_publication)
        following = response.css("a.Pagination-next::attr(href)").get()
        if following:
            yield scrapy.Request(self.local(response, following), callback=self.parse_listing)

    def parse_publication(self, response):
        def meta(name):
            return response.xpath(f'//meta[@name="{name}"]/@content').get()

        def metas(name):
            return response.xpath(f'//meta[@name="{name}"]/@content').getall()

        yield {
            "url": response.xpath('//meta[@property="og:url"]/@content').get(response.url),
            "title": meta("citation_title") or response.css("h1::text").get("").strip(),
            "authors": metas("citation_author") or response.css(".PublicationPage-author::text").getall(),
            "date": meta("citation_publication_date") or response.css(".PublicationPage-date::text").get(),
            "venue": meta("citation_conference_title") or meta("citation_journal_title")
            or response.css(".PublicationPage-venue::text").get(),
            "abstract": meta("citation_abstract")
            or " ".join(response.css(".PublicationPage-abstract p ::text").getall()).strip(),
            "pdf_url": meta("citation_pdf_url"),
            "research_areas": response.css(".PublicationPage-researchAreas a.Tag::text").getall(),
        }
