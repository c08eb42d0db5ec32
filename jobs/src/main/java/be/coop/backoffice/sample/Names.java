package be.coop.backoffice.sample;

/** Word lists for people, companies, places and projects: Belgian French, Dutch and German usage. */
final class Names {

    private Names() {
    }

    static final String[] FEMALE = {
            "Marie", "Sarah", "Laura", "Julie", "Emma", "Lea", "Camille", "Charlotte", "Manon", "Chloe",
            "Elise", "Anne", "Sophie", "Nathalie", "Isabelle", "Valerie", "Caroline", "Aurelie", "Ines", "Lisa",
            "Lotte", "Eva", "Hanne", "Fien", "Jana", "Lien", "Sofie", "Katrien", "Els", "An",
            "Nora", "Yasmina", "Fatima", "Amina", "Clara", "Zoe", "Alice", "Louise", "Helene", "Justine",
            "Margaux", "Pauline", "Celine", "Delphine", "Griet", "Ellen", "Leen", "Maaike", "Ruth", "Agnieszka"};

    static final String[] MALE = {
            "Thomas", "Nicolas", "Julien", "Maxime", "Antoine", "Simon", "Olivier", "David", "Pierre", "Benoit",
            "Lucas", "Hugo", "Louis", "Arthur", "Mathieu", "Sebastien", "Jerome", "Francois", "Vincent", "Guillaume",
            "Pieter", "Jan", "Wouter", "Bram", "Jonas", "Stijn", "Tom", "Koen", "Joris", "Thijs",
            "Mehdi", "Youssef", "Karim", "Ibrahim", "Samuel", "Adrien", "Quentin", "Romain", "Cedric", "Kevin",
            "Michael", "Laurent", "Philippe", "Marc", "Dries", "Sander", "Lukas", "Tobias", "Mamadou", "Piotr"};

    static final String[] LAST = {
            "Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet",
            "Dubois", "Lambert", "Dupont", "Martin", "Simon", "Laurent", "Leroy", "Lejeune", "Renard", "Leclercq",
            "Vermeulen", "Van den Bossche", "Hermans", "Michiels", "Desmet", "Declercq", "De Clercq", "Pauwels", "Dumont", "Denis",
            "Francois", "Lemaire", "Collard", "Gilson", "Marchal", "Henrard", "Massart", "Wathelet", "Thiry", "Piron",
            "Van Damme", "De Backer", "Verstraete", "Coppens", "Segers", "Smets", "Aerts", "Lenaerts", "Dewulf", "Hendrickx",
            "El Amrani", "Benali", "Diallo", "Nowak", "Rossi", "Garcia", "Fernandez", "Yilmaz", "Kaya", "Nguyen",
            "Gerard", "Mathieu", "Noel", "Charlier", "Delvaux", "Hubert", "Bertrand", "Jacques", "Fontaine", "Lefebvre",
            "Schmitz", "Kessler", "Cremer", "Dethier", "Grosjean", "Michaux", "Evrard", "Pirard", "Boulanger", "Lecocq",
            "Van Acker", "Claessens", "Bogaert", "Verhoeven", "De Vos", "Van Hove", "Cools", "Maenhout", "Baert", "Wuyts"};

    static final String[] TOWNS_FR = {
            "Bruxelles", "Liege", "Namur", "Charleroi", "Mons", "Tournai", "Wavre", "Nivelles", "Verviers", "Arlon",
            "Huy", "Dinant", "Ath", "Braine-l'Alleud", "Ottignies", "Marche-en-Famenne", "Spa", "Seraing", "Waterloo", "Uccle",
            "Ixelles", "Saint-Gilles", "Forest", "Schaerbeek", "Etterbeek"};

    static final String[] TOWNS_NL = {
            "Antwerpen", "Gent", "Brugge", "Leuven", "Mechelen", "Kortrijk", "Hasselt", "Genk", "Oostende", "Aalst",
            "Sint-Niklaas", "Turnhout", "Roeselare", "Ieper", "Lier", "Geel", "Dendermonde", "Tienen", "Vilvoorde", "Deinze"};

    static final String[] PROJECT_WORDS = {
            "Lumen", "Cactus", "Horizon", "Atelier Bleu", "Zinc", "Papillon", "Ozone", "Grenier", "Echo", "Nomade",
            "Mosaique", "Boussole", "Vertigo", "Kameleon", "Vlinder", "Orbit", "Kiosk", "Tandem", "Canopee", "Pixel",
            "Sirocco", "Meander", "Ricochet", "Trapeze", "Basalte", "Kompas", "Fanfare", "Odyssee", "Prisme", "Volta"};

    static final String[] TRADES = {
            "Photographie", "Graphisme", "Musique", "Theatre", "Danse", "Video", "Traduction", "Webdesign", "Illustration",
            "Son", "Eclairage", "Scenographie", "Formation", "Coaching", "Ecriture", "Ceramique", "Cirque", "Montage",
            "Fotografie", "Vormgeving", "Muziek", "Vertaling", "Animatie", "Dans", "Regie"};
}
