import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './tmp';

/** inbox/a.txt, inbox/europe/b.md, inbox/europe/deeper/c.txt, and inbox/europe/loop -> inbox */
export function nestedFolderWithLoop(): string {
  const root = join(tempDir(), 'inbox');
  mkdirSync(join(root, 'europe', 'deeper'), { recursive: true });
  writeFileSync(
    join(root, 'a.txt'),
    'Ministers meet in Vienna\n\nForeign ministers met in Vienna on Monday to discuss the nuclear file.\n',
  );
  writeFileSync(
    join(root, 'europe', 'b.md'),
    '# Border talks resume\n\nNegotiators from both sides returned to the table after a pause of three months.\n',
  );
  writeFileSync(
    join(root, 'europe', 'deeper', 'c.txt'),
    'Grain corridor extended\n\nThe shipping corridor for grain exports was extended for another sixty days.\n',
  );
  writeFileSync(join(root, '.hidden.txt'), 'not an article');
  symlinkSync(root, join(root, 'europe', 'loop'));
  return root;
}
