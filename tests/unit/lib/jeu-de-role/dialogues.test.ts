import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lireDialogue } from '../../../../src/schemas/dialogue.ts';
import {
  dialogueDuCode,
  jouer,
  meilleurChoix,
  meilleurParcours,
  ordreDesChoix,
  problemesDialogue,
  scoreParPhase,
} from '../../../../src/lib/jeu-de-role/partie.ts';
import { estFin, type Dialogue, type Tour } from '../../../../src/lib/jeu-de-role/types.ts';
import { fautesTypographiques } from '../../content/typographie.ts';

const dossier = join(import.meta.dirname, '../../../../content/dialogues');
const fichiers = readdirSync(dossier)
  .filter((f) => f.endsWith('.json'))
  .sort();
const brut = (f: string) => JSON.parse(readFileSync(join(dossier, f), 'utf8')) as unknown;
const dialogues = fichiers.map((f) => {
  const l = lireDialogue(brut(f), f);
  if (!l.ok) throw new Error(l.erreur.message);
  return l.valeur;
});

/** Every path from the start to an end, as lists of reply indices (dialogues are small and acyclic). */
function parcours(d: Dialogue): number[][] {
  const chemins: number[][] = [];
  const explorer = (choix: number[]) => {
    const p = jouer({ dialogue: d, choix });
    if (!p.ok) throw new Error(p.erreur.message);
    if (estFin(p.valeur.courant)) {
      chemins.push(choix);
      return;
    }
    if (choix.length > 30) throw new Error(`${d.id} : parcours sans fin`);
    p.valeur.courant.choix.forEach((_, i) => explorer([...choix, i]));
  };
  explorer([]);
  return chemins;
}

describe('les dialogues du jeu de rôle (content/dialogues)', () => {
  test('au moins trois scénarios par entreprise d’exemple', () => {
    const parEntreprise = Object.groupBy(dialogues, (d) => d.entreprise);
    for (const id of ['emballages-casablanca', 'assurances-rabat', 'mobilier-lyon'])
      expect(parEntreprise[id]?.length ?? 0).toBeGreaterThanOrEqual(3);
  });

  test.each(dialogues.map((d) => [d.id, d] as const))(
    '%s : le persona est bien la fiche du fichier de prospects qu’il cite',
    (_, d) => {
      const csv = readFileSync(
        join(dossier, '../datasets', d.entreprise, 'prospects.csv'),
        'utf8',
      ).split('\n');
      const entetes = csv[0].split(';');
      const ligne = csv.find((l) => l.startsWith(`${d.persona.prospect};`));
      expect(ligne, `${d.persona.prospect} dans ${d.entreprise}`).toBeDefined();
      const fiche = Object.fromEntries(entetes.map((e, i) => [e, ligne!.split(';')[i]]));
      expect({
        nom: fiche.nom,
        prenom: fiche.prenom,
        fonction: fiche.fonction,
        ville: fiche.ville,
        temperature: fiche.temperature,
      }).toEqual({
        nom: d.persona.nom,
        prenom: d.persona.prenom,
        fonction: d.persona.fonction,
        ville: d.persona.ville,
        temperature: d.persona.temperature,
      });
      if (d.persona.societe) expect(fiche.raisonSociale).toBe(d.persona.societe);
    },
  );

  test.each(fichiers)('%s : le nom du fichier est l’identifiant, typographie française', (f) => {
    const d = brut(f) as { id: string };
    expect(`${d.id}.json`).toBe(f);
    expect(fautesTypographiques(readFileSync(join(dossier, f), 'utf8'), f)).toEqual([]);
  });

  test.each(dialogues.map((d) => [d.id, d] as const))(
    '%s : chaque chemin depuis le début mène à une fin, toutes les phases existent',
    (_, d) => {
      const chemins = parcours(d);
      expect(chemins.length).toBeGreaterThan(3);
      const fins = new Set(
        chemins.map((c) => {
          const p = jouer({ dialogue: d, choix: c });
          return p.ok && estFin(p.valeur.courant) ? p.valeur.courant.fin : '?';
        }),
      );
      expect(fins.has('rdv')).toBe(true);
      expect(fins.has('echec')).toBe(true);
      const phases = new Set(d.etapes.filter((e): e is Tour => !estFin(e)).map((e) => e.phase));
      expect([...phases].sort()).toEqual([
        'accroche',
        'confirmation',
        'decouverte',
        'objection',
        'rdv',
        'standard',
      ]);
    },
  );

  test.each(dialogues.map((d) => [d.id, d] as const))(
    '%s : le meilleur parcours obtient le rendez-vous avec tous les points',
    (_, d) => {
      const choix: number[] = [];
      for (;;) {
        const p = jouer({ dialogue: d, choix });
        if (!p.ok) throw new Error(p.erreur.message);
        if (estFin(p.valeur.courant)) {
          expect(p.valeur.courant.fin).toBe('rdv');
          break;
        }
        const t = p.valeur.courant;
        choix.push(t.choix.indexOf(meilleurChoix(t)));
      }
      const p = jouer({ dialogue: d, choix });
      const s = scoreParPhase({ dialogue: d, joues: p.ok ? p.valeur.joues : [] });
      expect(s.points).toBe(s.max);
      expect(s.phases.every((ph) => ph.atteinte && ph.points === ph.max)).toBe(true);
    },
  );
});

const mini: Dialogue = {
  id: 'mini',
  entreprise: 'x',
  titre: 'Mini',
  vendeur: 'Moi',
  objectif: 'Un rendez-vous.',
  persona: {
    prenom: 'A',
    nom: 'B',
    fonction: 'Acheteur',
    ville: 'Lyon',
    temperature: 'froid',
    profil: 'pressé',
    mobiles: ['argent'],
    description: 'Un prospect de test.',
  },
  etapes: [
    {
      id: 's',
      phase: 'standard',
      interlocuteur: 'standard',
      replique: 'Allô',
      choix: [
        { texte: 'Bien', points: 2, regle: 'personne-nommee', reaction: 'Je vous le passe.' },
        { texte: 'Moyen', points: 1, regle: 'personne-nommee', reaction: 'Bon.' },
        { texte: 'Mal', points: 0, regle: 'raison-vraie', reaction: 'Au revoir.', suite: 'echec' },
      ],
    },
    {
      id: 'r',
      phase: 'rdv',
      interlocuteur: 'prospect',
      replique: 'Alors ?',
      choix: [
        {
          texte: 'Mardi ou jeudi ?',
          points: 2,
          regle: 'question-alternative',
          reaction: 'Jeudi.',
          suite: 'ok',
        },
        {
          texte: 'Un jour ?',
          points: 1,
          regle: 'question-alternative',
          reaction: 'Rappelez.',
          suite: 'echec',
        },
        {
          texte: 'Je signe pour vous',
          points: 0,
          regle: 'pas-promesse',
          reaction: 'Non.',
          suite: 'echec',
        },
      ],
    },
    { id: 'ok', fin: 'rdv', bilan: 'Rendez-vous obtenu.' },
    { id: 'echec', fin: 'echec', bilan: 'Pas de rendez-vous.' },
  ],
};

describe('jouer et noter un appel', () => {
  test('les scores par phase comptent les points obtenus sur les points possibles des tours joués', () => {
    const p = jouer({ dialogue: mini, choix: [1, 1] });
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(estFin(p.valeur.courant) && p.valeur.courant.fin).toBe('echec');
    const s = scoreParPhase({ dialogue: mini, joues: p.valeur.joues });
    expect(s.phases.find((x) => x.phase === 'standard')).toMatchObject({
      points: 1,
      max: 2,
      atteinte: true,
    });
    expect(s.phases.find((x) => x.phase === 'rdv')).toMatchObject({
      points: 1,
      max: 2,
      atteinte: true,
    });
    expect(s.phases.find((x) => x.phase === 'accroche')).toMatchObject({
      atteinte: false,
      points: 0,
      max: 0,
    });
    expect(s).toMatchObject({ points: 2, max: 4 });
    expect(p.valeur.joues[1].meilleur.texte).toBe('Mardi ou jeudi ?');
  });

  test('un appel coupé au standard ne compte que le standard, noté sur le meilleur appel possible', () => {
    const p = jouer({ dialogue: mini, choix: [2] });
    if (!p.ok) throw new Error();
    expect(scoreParPhase({ dialogue: mini, joues: p.valeur.joues })).toMatchObject({
      points: 0,
      max: 4,
    });
    expect(meilleurParcours(mini)).toBe(4);
  });

  test('une réplique qui n’existe pas, ou un choix après la fin, est une erreur en français', () => {
    const a = jouer({ dialogue: mini, choix: [5] });
    expect(a.ok).toBe(false);
    if (!a.ok) expect(a.erreur.message).toMatch(/n’existe pas/);
    const b = jouer({ dialogue: mini, choix: [0, 0, 0] });
    expect(b.ok).toBe(false);
  });

  test('un même code donne le même scénario et le même ordre des répliques ; l’ordre est une permutation', () => {
    const t = mini.etapes[0] as Tour;
    expect(ordreDesChoix({ tour: t, code: 'K7Q2' })).toEqual(
      ordreDesChoix({ tour: t, code: 'K7Q2' }),
    );
    expect([...ordreDesChoix({ tour: t, code: 'ABCD' })].sort()).toEqual([0, 1, 2]);
    expect(dialogueDuCode({ dialogues, code: 'K7Q2' })).toBe(
      dialogueDuCode({ dialogues, code: 'K7Q2' }),
    );
    const vus = new Set(
      ['2222', '3333', '4444', '5555', '6666', '7777', '8888', '9999', 'AAAA', 'BBBB'].map(
        (code) => dialogueDuCode({ dialogues, code })?.id,
      ),
    );
    expect(vus.size).toBeGreaterThan(2);
  });
});

describe('les contrôles d’un dialogue écrit par un formateur', () => {
  const avec = (etapes: Dialogue['etapes']): Dialogue => ({ ...mini, etapes });
  test('le dialogue d’exemple passe', () => expect(problemesDialogue(mini)).toEqual([]));
  test('une suite inconnue est signalée', () => {
    const e = structuredClone(mini.etapes);
    (e[1] as Tour).choix[0].suite = 'nulle-part';
    expect(problemesDialogue(avec(e)).join()).toMatch(/«\snulle-part\s» n’existe pas/);
  });
  test('une étape inatteignable est signalée', () => {
    expect(
      problemesDialogue(
        avec([...mini.etapes, { id: 'isolee', fin: 'rappel', bilan: 'Jamais atteinte.' }]),
      ).join(),
    ).toMatch(/«\sisolee\s» ne peut jamais être atteinte/);
  });
  test('une boucle sans issue est signalée', () => {
    const e = structuredClone(mini.etapes);
    (e[1] as Tour).choix.forEach((c) => {
      c.suite = 'r';
    });
    expect(problemesDialogue(avec(e)).join()).toMatch(/aucune suite ne mène à une fin/);
  });
  test('une règle inconnue, un tour sans réponse à 2 points ou avec 2 répliques sont signalés', () => {
    const e = structuredClone(mini.etapes);
    (e[0] as Tour).choix[0].regle = 'inventee';
    (e[0] as Tour).choix[0].points = 1;
    (e[1] as Tour).choix.pop();
    const p = problemesDialogue(avec(e)).join(' | ');
    expect(p).toMatch(/règle «\sinventee\s» n’existe pas/);
    expect(p).toMatch(/aucune réplique à 2 points/);
    expect(p).toMatch(/3 ou 4 répliques/);
  });
  test('le schéma refuse un fichier mal formé en nommant le champ', () => {
    const l = lireDialogue(
      { ...mini, persona: { ...mini.persona, temperature: 'brulant' } },
      'test.json',
    );
    expect(l.ok).toBe(false);
    if (!l.ok)
      expect(l.erreur).toEqual({
        champ: 'persona.temperature',
        message: expect.stringMatching(/^test\.json, persona\.temperature/),
      });
  });
});
