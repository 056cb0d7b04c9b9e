# gc cases: see modules/internal/golden/gen_golden.py for the format.
!import gc
gc.isenabled()
gc.disable(), gc.isenabled()
gc.enable(), gc.isenabled()
type(gc.collect()), type(gc.collect(0)), type(gc.collect(generation=1))
gc.collect(3)
gc.collect(-1)
gc.collect('x')
gc.get_threshold()
gc.set_threshold(700, 5), gc.get_threshold()
gc.set_threshold(2000, 10, 10), gc.get_threshold()
gc.set_threshold()
gc.set_threshold(1, 2, 3, 4)
gc.get_debug(), gc.set_debug(gc.DEBUG_STATS), gc.get_debug(), gc.set_debug(0)
gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK
gc.garbage, gc.callbacks
gc.is_tracked(1), gc.is_tracked('a'), gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({1: 2}), gc.is_tracked({1: []})
gc.is_tracked(()), gc.is_tracked(None), gc.is_tracked(object()), gc.is_tracked(len), gc.is_tracked(int)
gc.is_finalized([])
len(gc.get_stats()), sorted(gc.get_stats()[0])
!seen = []
!gc.callbacks.append(lambda phase, info: seen.append((phase, info['generation'])))
gc.collect(1), seen
!gc.callbacks.clear()
gc.freeze(), gc.unfreeze(), type(gc.get_freeze_count())
!class C: pass
gc.is_tracked(C), gc.is_tracked(C())
