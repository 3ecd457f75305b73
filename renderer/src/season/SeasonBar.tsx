import { CommandButton } from '../components/CommandButton.tsx';
import { TEXT } from '../text.ts';

/** Oversigt's season commands: take a version, list the versions, compare ("Sammenlign med…"). */
export function SeasonBar() {
  return (
    <div className="view-toolbar season-bar" role="group" aria-label={TEXT.season.versions}>
      <CommandButton id="season.save-version" />
      <CommandButton id="season.versions" />
      <CommandButton id="season.compare" />
      <CommandButton id="season.amendments" />
    </div>
  );
}
