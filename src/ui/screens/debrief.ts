// Debrief screen (registered with the router); the panels live in src/ui/debrief/.
export { debriefScreen } from '../debrief/debrief-screen';
