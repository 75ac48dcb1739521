namespace Briefings.Scaffolding;

/// <summary>The French texts of <c>briefings new site --language fr</c>.</summary>
internal static class FrenchScaffold
{
    public static ScaffoldTexts Texts { get; } = new("bienvenue", "termes", "evenements", SiteYaml, Sample, Glossary, Timeline, Readme);

    private const string SiteYaml = """
        # Les réglages du site. Seule la clé 'title' est obligatoire ; toutes les autres peuvent être retirées.
        # Chaque clé est décrite dans la section « content/site.yml » du README de Briefings.

        # Le nom du site, en tête de chaque page et dans l'onglet du navigateur.
        title: Mes notes de synthèse

        # Une ou deux phrases, affichées sur la page d'accueil et données aux moteurs de recherche.
        description: Des notes courtes qui remettent l'actualité en contexte.

        # La langue du site (fr, en, fr-CA…) : la façon d'écrire les dates, et la langue de chaque note
        # qui n'en indique pas d'autre.
        language: fr

        # Qui écrit le site.
        author: La rédaction
        # La ligne en pied de chaque page.
        copyright: "© {year} La rédaction"

        # L'adresse où le site sera publié, pour les liens canoniques (build --base-url la remplace).
        # base_url: https://example.org/notes/

        # Combien de notes la page d'accueil et chaque page d'étiquette listent avant de passer à la page 2.
        paginate: 20

        # Les réglages du glossaire.
        glossary:
          # Lier la première mention de chaque terme du glossaire dans chaque note.
          auto_link: true

        # Comment les notes écrites en Markdown sont lues.
        markdown:
          # Laisser passer le HTML écrit dans les notes (true : les auteurs sont de confiance) ; false l'échappe.
          raw_html: true

        # Les fichiers du dossier de sortie que les builds gardent sans les avoir écrits
        # (.git, CNAME et .nojekyll le sont toujours).
        # keep: ["docs/**"]

        # Combien de secondes les modèles d'une page peuvent tourner avant que la page échoue.
        # template_time_limit: 10

        # Des valeurs libres pour vos propres modèles, lues comme site.extra.
        # extra:
        #   contact: redaction@example.org

        """;

    private const string Sample = """
        ---
        # Une note commence par ses métadonnées entre deux lignes --- : son en-tête.
        title: Bienvenue sur votre site de notes
        date: {date}
        summary: De quoi une note est faite, et comment elle rejoint le glossaire et la chronologie.
        authors: [La rédaction]
        tags: [Premiers pas]
        ---

        Ceci est une note d'exemple : modifiez-la, supprimez-la, ou commencez la vôtre avec
        `briefings new briefing "Mon titre"`.

        ## Métadonnées

        Les lignes entre les deux `---` du début forment l'en-tête YAML : le titre, la date, un résumé,
        les auteurs et les étiquettes. Chaque étiquette a sa page, qui liste ses notes.

        ## Glossaire

        Les termes définis dans `content/glossary/termes.yml` sont liés là où une note les mentionne pour la
        première fois. Les dates de la chronologie, par exemple, sont écrites en EDTF : pointez le mot pour lire
        sa définition.

        ## Chronologie

        Les événements de `content/timeline/evenements.yml` nomment les notes qu'ils concernent. Celui qui
        nomme cette note figure dans la chronologie ci-dessous et sur la page de chronologie du site.

        """;

    private const string Glossary = """
        # Le glossaire : une entrée par terme. La première mention d'un terme dans une note (son 'term', son 'abbr'
        # ou l'un de ses 'aliases') devient un lien vers la page du terme.
        - id: edtf
          term: Extended Date/Time Format
          abbr: EDTF
          definition: >-
            Une façon d'écrire les dates qui dit ce qu'on en sait : 2022-04-01 est un jour, 2022-04 un mois,
            2019~ vers 2019, 2022-04-01? un jour incertain, 2022-04/.. depuis avril 2022.
          see_also: [en-tete-yaml]
          sources:
            - name: Extended Date/Time Format (EDTF) Specification, Bibliothèque du Congrès
              url: https://www.loc.gov/standards/datetime/

        - id: en-tete-yaml
          term: en-tête YAML
          aliases: [front matter]
          definition: >-
            Les métadonnées en tête d'une note, entre deux lignes de trois tirets : son titre, sa date,
            son résumé, ses auteurs et ses étiquettes, écrits en YAML.
          see_also: [edtf]

        """;

    private const string Timeline = """
        # La chronologie : une entrée par événement. 'date' est en EDTF (voir le glossaire) ; 'briefings' nomme
        # les notes que l'événement concerne, par leur nom de fichier sans .md.
        - id: creation-du-site
          date: {date}
          title: Création de ce site
          summary: La première note est écrite.
          tags: [Premiers pas]
          briefings: [bienvenue]

        - id: norme-edtf
          date: "2019"
          title: L'EDTF entre dans la norme ISO 8601
          summary: La norme ISO 8601-2:2019 adopte l'Extended Date/Time Format de la Bibliothèque du Congrès.
          tags: [Premiers pas]
          sources:
            - name: Bibliothèque du Congrès, EDTF
              url: https://www.loc.gov/standards/datetime/
          briefings: [bienvenue]

        """;

    private const string Readme = """
        # Mes notes de synthèse

        Un site de notes, construit avec Briefings. Lancez ces commandes dans ce dossier :

        | commande | ce qu'elle fait |
        | --- | --- |
        | `briefings serve` | construit le site et l'affiche dans le navigateur ; les pages se rechargent à chaque enregistrement |
        | `briefings new briefing "Un titre"` | commence une note dans `content/briefings/`, métadonnées remplies |
        | `briefings import article.txt` | fait d'un article en texte brut une note, avec des suggestions à confirmer |
        | `briefings build` | écrit tout le site dans `_site/`, prêt à publier |
        | `briefings check` | construit en mémoire et vérifie que chaque lien entre les pages mène quelque part |

        `briefings help` liste les commandes ; `briefings help build` en explique une.

        ## Où sont les choses

        - `content/site.yml` : le titre du site, sa langue et ses réglages (chacun y est expliqué).
        - `content/briefings/` : un fichier Markdown par note (ou un `.txt` en texte brut avec un `.yml` à côté).
        - `content/glossary/` : les termes liés depuis les notes qui les mentionnent.
        - `content/timeline/` : les événements datés, sur la page de chronologie et sous les notes qu'ils nomment.
        - `templates/` et `static/` (facultatifs) : vos retouches du thème, et des fichiers copiés tels quels.

        `_site/` et `.briefings-cache/` sont faits par le build : ils sont exclus du suivi de versions (`.gitignore`).

        """;
}
