import { domAnimation } from 'framer-motion';

/** Motion's animation features, loaded after the first render so that pages without a card do not pay for them. */
export default domAnimation;
