import { createContext, useContext, type JSX } from 'solid-js';
import type { AppServices } from '../state/appServices';

const AppContext = createContext<AppServices>();

/** Gives every component under it the app's store and the session on screen. */
export function AppProvider(props: { services: AppServices; children: JSX.Element }) {
  // eslint-disable-next-line solid/reactivity -- the services are made once for the app's life
  return <AppContext.Provider value={props.services}>{props.children}</AppContext.Provider>;
}

/** The app's store and the session on screen; only under `AppProvider`. */
export function useApp(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error('useApp: no AppProvider above this component');
  return services;
}
