/**
 * Common given names and surnames by origin, for synthetic contacts. Lists are comma-separated to
 * stay compact; diacritics are kept as people write them. Czech surnames come as `male/female` pairs.
 */

/** The name origins the generator mixes. */
export type NameOrigin = 'en' | 'de' | 'cz' | 'fr' | 'es' | 'nl' | 'nordic';

/** Given names (by gender) and surnames of one origin. */
export interface NamePool {
  male: readonly string[];
  female: readonly string[];
  /** Surnames; for origins with gendered surnames, `femaleLast` holds the matching feminine forms. */
  last: readonly string[];
  femaleLast?: readonly string[];
}

const list = (text: string): string[] => text.split(',').map((name) => name.trim());

const czechLast = list(
  'Novák/Nováková, Svoboda/Svobodová, Novotný/Novotná, Dvořák/Dvořáková, Černý/Černá, Procházka/Procházková, Kučera/Kučerová, Veselý/Veselá, Horák/Horáková, Němec/Němcová, Marek/Marková, Pokorný/Pokorná, Pospíšil/Pospíšilová, Hájek/Hájková, Král/Králová, Jelínek/Jelínková, Růžička/Růžičková, Beneš/Benešová, Fiala/Fialová, Sedláček/Sedláčková, Doležal/Doležalová, Zeman/Zemanová, Kolář/Kolářová, Navrátil/Navrátilová, Čermák/Čermáková, Urban/Urbanová, Vaněk/Vaňková, Blažek/Blažková, Kříž/Křížová, Kovář/Kovářová',
).map((pair) => pair.split('/') as [string, string]);

/** Name pools by origin. */
export const namePools: Record<NameOrigin, NamePool> = {
  en: {
    male: list(
      'James, John, Robert, Michael, William, David, Richard, Joseph, Thomas, Christopher, Daniel, Matthew, Anthony, Mark, Steven, Andrew, Joshua, Kevin, Brian, Ryan, Jonathan, Benjamin, Samuel, Nicholas, Edward, Patrick, Alexander, Gregory, Timothy, Jason',
    ),
    female: list(
      'Mary, Patricia, Jennifer, Linda, Elizabeth, Barbara, Susan, Jessica, Sarah, Karen, Emily, Michelle, Amanda, Melissa, Rebecca, Laura, Katherine, Rachel, Hannah, Olivia, Emma, Samantha, Victoria, Margaret, Christine, Abigail, Megan, Lauren, Nicole, Stephanie',
    ),
    last: list(
      "Smith, Johnson, Williams, Brown, Jones, Miller, Davis, Wilson, Anderson, Taylor, Thomas, Moore, Martin, Jackson, Thompson, White, Harris, Clark, Lewis, Robinson, Walker, Young, Allen, King, Wright, Scott, Hill, Green, Adams, Baker, Nelson, Carter, Mitchell, Roberts, Campbell, Evans, Turner, Parker, Collins, Edwards, Stewart, Morris, Murphy, Cook, Rogers, O'Brien, McDonald, Kelly, Sullivan, Hughes",
    ),
  },
  de: {
    male: list(
      'Lukas, Maximilian, Felix, Jonas, Leon, Paul, Tobias, Florian, Sebastian, Matthias, Stefan, Andreas, Jürgen, Jörg, Uwe, Klaus, Wolfgang, Michael, Markus, Christian, Dominik, Moritz, Niklas, Philipp, Johannes',
    ),
    female: list(
      'Anna, Lena, Lea, Marie, Sophie, Katharina, Julia, Laura, Sabine, Ursula, Monika, Petra, Andrea, Claudia, Stefanie, Jana, Franziska, Charlotte, Johanna, Hannah, Birgit, Anke, Susanne, Kerstin, Jülide',
    ),
    last: list(
      'Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Schäfer, Koch, Bauer, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann, Braun, Krüger, Hofmann, Hartmann, Lange, Schmitt, Werner, Krause, Meier, Lehmann, Köhler, Maier, Weiß, Jäger, Groß, Yılmaz',
    ),
  },
  cz: {
    male: list(
      'Jan, Jiří, Petr, Josef, Pavel, Martin, Tomáš, Jaroslav, Miroslav, Zdeněk, Václav, Michal, František, Jakub, Lukáš, Ondřej, David, Vojtěch, Radek, Marek, Matěj, Štěpán',
    ),
    female: list(
      'Marie, Jana, Eva, Hana, Anna, Lenka, Kateřina, Lucie, Věra, Alena, Petra, Veronika, Martina, Tereza, Michaela, Zuzana, Markéta, Barbora, Eliška, Klára, Šárka',
    ),
    last: czechLast.map(([male]) => male),
    femaleLast: czechLast.map(([, female]) => female),
  },
  fr: {
    male: list(
      'Jean, Pierre, Michel, Philippe, Nicolas, François, Julien, Thomas, Antoine, Mathieu, Guillaume, Sébastien, Olivier, Laurent, Stéphane, Frédéric, Jérôme, Benoît, Hugo, Théo, Louis, Clément, Rémi',
    ),
    female: list(
      'Marie, Nathalie, Isabelle, Sylvie, Catherine, Sophie, Camille, Léa, Chloé, Manon, Émilie, Aurélie, Céline, Julie, Élodie, Hélène, Amélie, Margaux, Inès, Clémence, Anaïs',
    ),
    last: list(
      'Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, Moreau, Simon, Laurent, Lefebvre, Michel, Garcia, David, Bertrand, Roux, Vincent, Fournier, Morel, Girard, André, Lefèvre, Mercier, Dupont, Lambert, Bonnet, François, Rousseau, Blanc, Guérin, Faure, Chevalier, Gauthier, Perrin',
    ),
  },
  es: {
    male: list(
      'José, Antonio, Manuel, Francisco, David, Juan, Javier, Carlos, Daniel, Jesús, Alejandro, Miguel, Rafael, Pablo, Sergio, Fernando, Álvaro, Adrián, Diego, Raúl, Iván, Rubén, Jorge',
    ),
    female: list(
      'María, Carmen, Ana, Isabel, Laura, Lucía, Cristina, Marta, Elena, Pilar, Paula, Raquel, Sara, Beatriz, Rocío, Inés, Nuria, Silvia, Irene, Alba, Sofía, Andrea',
    ),
    last: list(
      'García, Rodríguez, González, Fernández, López, Martínez, Sánchez, Pérez, Gómez, Martín, Jiménez, Ruiz, Hernández, Díaz, Moreno, Muñoz, Álvarez, Romero, Alonso, Gutiérrez, Navarro, Torres, Domínguez, Vázquez, Ramos, Gil, Ramírez, Serrano, Blanco, Molina, de la Fuente, Castillo, Ortega, Rubio',
    ),
  },
  nl: {
    male: list(
      'Daan, Sem, Lucas, Levi, Bram, Jesse, Thijs, Ruben, Lars, Tim, Niels, Joost, Bas, Pieter, Maarten, Sander, Jeroen, Wouter, Floris, Koen, Hendrik, Willem, Johannes',
    ),
    female: list(
      'Emma, Julia, Sophie, Fleur, Anouk, Sanne, Lotte, Femke, Eva, Lisa, Iris, Noor, Saskia, Marieke, Ingrid, Annelies, Esther, Roos, Maaike, Ilse',
    ),
    last: list(
      'de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Janssen, Visser, Smit, Meijer, de Boer, Mulder, de Groot, Bos, Vos, Peters, Hendriks, van Leeuwen, Dekker, Brouwer, de Wit, Dijkstra, Smits, de Graaf, van der Meer, van der Linden, Kok, Jacobs, de Haan, Vermeulen',
    ),
  },
  nordic: {
    male: list(
      'Erik, Lars, Anders, Johan, Karl, Per, Nils, Magnus, Mikael, Henrik, Oskar, Björn, Søren, Jørgen, Mads, Rasmus, Jukka, Mikko, Timo, Ole, Knut, Gustav, Axel, Emil',
    ),
    female: list(
      'Anna, Maria, Eva, Karin, Kristina, Ingrid, Sofia, Emma, Astrid, Freja, Ida, Sara, Linnéa, Maja, Sigrid, Solveig, Åsa, Liv, Hanna, Aino, Helmi, Johanna, Mette, Kirsten',
    ),
    last: list(
      'Johansson, Andersson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson, Gustafsson, Hansen, Johansen, Olsen, Larsen, Andersen, Pedersen, Nielsen, Jensen, Christensen, Sørensen, Rasmussen, Jørgensen, Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Lindqvist, Bergström, Lindström, Sjöberg, Åberg, Ødegaard, Dahl, Haugen',
    ),
  },
};

/** Nicknames and short forms people use in place of their given name. */
export const nicknames: Readonly<Record<string, readonly string[]>> = {
  Robert: ['Bob', 'Rob', 'Bobby'],
  William: ['Bill', 'Will'],
  James: ['Jim', 'Jimmy'],
  John: ['Jack', 'Johnny'],
  Michael: ['Mike', 'Mick'],
  Richard: ['Rick', 'Rich', 'Dick'],
  Joseph: ['Joe'],
  Thomas: ['Tom', 'Tommy'],
  Christopher: ['Chris'],
  Daniel: ['Dan', 'Danny'],
  Matthew: ['Matt'],
  Anthony: ['Tony'],
  Steven: ['Steve'],
  Andrew: ['Andy', 'Drew'],
  Joshua: ['Josh'],
  Jonathan: ['Jon'],
  Benjamin: ['Ben'],
  Samuel: ['Sam'],
  Nicholas: ['Nick'],
  Edward: ['Ed', 'Ted'],
  Patrick: ['Pat'],
  Alexander: ['Alex'],
  Gregory: ['Greg'],
  Timothy: ['Tim'],
  Katherine: ['Kate', 'Katie', 'Kathy'],
  Elizabeth: ['Liz', 'Beth'],
  Jennifer: ['Jen', 'Jenny'],
  Patricia: ['Pat', 'Trish'],
  Margaret: ['Maggie', 'Peggy'],
  Rebecca: ['Becky'],
  Jessica: ['Jess'],
  Samantha: ['Sam'],
  Victoria: ['Vicky', 'Tori'],
  Christine: ['Chris', 'Tina'],
  Abigail: ['Abby'],
  Susan: ['Sue'],
  Stephanie: ['Steph'],
  Nicole: ['Nikki'],
  Maximilian: ['Max'],
  Katharina: ['Kathi', 'Katja'],
  Johannes: ['Hannes', 'Hans'],
  Sebastian: ['Basti'],
  Franziska: ['Franzi'],
  Stefanie: ['Steffi'],
  Christian: ['Chris'],
  Jan: ['Honza'],
  Jiří: ['Jirka'],
  Kateřina: ['Katka'],
  Jakub: ['Kuba'],
  Ondřej: ['Ondra'],
  Michaela: ['Míša'],
  Veronika: ['Verča'],
  Nicolas: ['Nico'],
  Frédéric: ['Fred'],
  Sébastien: ['Seb'],
  Francisco: ['Paco', 'Fran'],
  José: ['Pepe'],
  Alejandro: ['Álex'],
  Javier: ['Javi'],
  Rafael: ['Rafa'],
  Cristina: ['Cris'],
  Beatriz: ['Bea'],
  Isabel: ['Isa'],
  Hendrik: ['Henk'],
  Willem: ['Wim'],
  Pieter: ['Piet'],
  Kristina: ['Stina'],
};
