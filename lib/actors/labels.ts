import type { ActorType } from './register';

/** Actor types as the pages name them (lower case, for use inside a sentence). */
export const ACTOR_TYPE_LABELS: Record<ActorType, string> = {
  armed_group: 'armed group',
  coalition: 'coalition of armed groups',
  state_force: 'state force',
  international_force: 'international force',
  self_defence: 'self-defence group',
  civilians: 'civilians',
  unidentified: 'armed, not identified',
};

export const actorTypeLabel = (type: string): string =>
  ACTOR_TYPE_LABELS[type as ActorType] ?? type.replaceAll('_', ' ');

/** A kind of actor as a heading: "Armed group", "State force". */
export const actorTypeHeading = (type: ActorType): string => {
  const label = ACTOR_TYPE_LABELS[type];
  return `${label[0]?.toUpperCase() ?? ''}${label.slice(1)}`;
};
