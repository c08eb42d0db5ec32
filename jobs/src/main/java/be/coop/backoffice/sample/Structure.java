package be.coop.backoffice.sample;

/** The three employing structures: Productions Associées, Palais de l'Intérim, Formateurs Associés. */
enum Structure {
    PA, PI, FA
}
