-- Reporting views with stable names for the data team (issue 8). Portable SQL: the same file runs
-- on H2 and PostgreSQL. A view's name and columns are a promise: change them only by adding.

-- Publications by year and research area; a publication with several areas counts in each.
CREATE OR REPLACE VIEW publications_per_year_by_research_area AS
SELECT p.publication_year,
       ra.slug              AS research_area,
       ra.name              AS research_area_name,
       COUNT(*)             AS publications
  FROM publication p
  JOIN publication_research_area pra ON pra.publication_id = p.id
  JOIN research_area ra ON ra.id = pra.research_area_id
 GROUP BY p.publication_year, ra.slug, ra.name;

-- Publications by year and venue; publications whose venue is unknown form the row with a null venue.
CREATE OR REPLACE VIEW publications_per_year_by_venue AS
SELECT p.publication_year,
       v.acronym            AS venue_acronym,
       v.name               AS venue,
       COUNT(*)             AS publications
  FROM publication p
  LEFT JOIN venue v ON v.id = p.venue_id
 GROUP BY p.publication_year, v.venue_key, v.acronym, v.name;

-- Authors by the number of publications that list them; author_rank is 1 for the most prolific,
-- and authors with as many publications share a rank.
CREATE OR REPLACE VIEW top_authors AS
SELECT RANK() OVER (ORDER BY COUNT(DISTINCT pa.publication_id) DESC) AS author_rank,
       a.name               AS author,
       COUNT(DISTINCT pa.publication_id) AS publications,
       MIN(p.publication_year) AS first_year,
       MAX(p.publication_year) AS last_year
  FROM author a
  JOIN publication_author pa ON pa.author_id = a.id
  JOIN publication p ON p.id = pa.publication_id
 GROUP BY a.id, a.name;

-- Per yearly most-read list: how many entries it has and how many are linked to a harvested publication.
CREATE OR REPLACE VIEW ranked_papers_per_year AS
SELECT list_year,
       COUNT(*)               AS ranked_papers,
       COUNT(publication_id)  AS linked_to_publication
  FROM ranking
 GROUP BY list_year;
