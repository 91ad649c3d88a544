### `art83 articles`: the subjects of the Art. 83(4)-(6) listings and the notes, in the words of the
### GDPR's text. The id is `label-article-` and the English text (calc::lookup) in kebab-case:
### render::labels::Labels::lookup_text finds it so.

## The subjects of the tier listings (calc::article's tier table).

label-article-basic-principles-lawfulness-consent = basic principles, lawfulness, consent
label-article-certification = certification
label-article-child-s-consent = child's consent
label-article-controller-and-processor-obligations = controller and processor obligations
label-article-data-subjects-rights = data subjects' rights
label-article-failure-to-provide-access-to-the-supervisory-authority = failure to provide access to the supervisory authority
label-article-monitoring-body = monitoring body
label-article-non-compliance-with-an-order-of-the-supervisory-authority = non-compliance with an order of the supervisory authority
label-article-processing-not-requiring-identification = processing not requiring identification
label-article-special-categories-of-data = special categories of data
label-article-transfers-to-third-countries = transfers to third countries
label-article-member-state-law-under-chapter-ix = Member State law under Chapter IX
label-article-the-fining-provision-itself-its-paragraph-gives-the-tier = the fining provision itself: its paragraph gives the tier

## The notes (calc::lookup::describe).

label-article-art-83-5-e-and-83-6-list-art-58-1-and-58-2-name-the-paragraph = Art. 83(5)(e) and 83(6) list Art. 58(1) and 58(2); name the paragraph
label-article-no-tier-art-83-4-6-do-not-list-this-provision-so-it-sets-no-legal-maximum = no tier: Art. 83(4)-(6) do not list this provision, so it sets no legal maximum
label-article-ap-2019-art-5-1-a-follows-the-category-of-the-underlying-provision = AP 2019: Art. 5(1)(a) follows the category of the underlying provision
