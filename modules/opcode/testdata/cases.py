# _opcode cases: see modules/internal/golden/gen_golden.py for the format.
!import _opcode
!BASE = [op for op in BASE if op < 149 or op >= 256]
!def effect(*a, **k):
!    try:
!        return _opcode.stack_effect(*a, **k)
!    except ValueError:
!        return 'ValueError'
sorted(x for x in dir(_opcode) if not x.startswith('__'))
[effect(op) for op in BASE]
[effect(op, 3) for op in BASE]
[effect(op, 2, jump=True) for op in BASE]
[effect(op, 2, jump=False) for op in BASE]
[effect(op, 1) for op in BASE]
[op for op in BASE if _opcode.is_valid(op)]
[op for op in BASE if _opcode.has_arg(op)]
[op for op in BASE if _opcode.has_const(op)]
[op for op in BASE if _opcode.has_name(op)]
[op for op in BASE if _opcode.has_jump(op)]
[op for op in BASE if _opcode.has_free(op)]
[op for op in BASE if _opcode.has_local(op)]
[op for op in BASE if _opcode.has_exc(op)]
_opcode.get_intrinsic1_descs()
_opcode.get_intrinsic2_descs()
_opcode.get_nb_ops()
_opcode.get_specialization_stats(), _opcode.ENABLE_SPECIALIZATION
_opcode.stack_effect(1, 2, 3)
_opcode.stack_effect(100, 1, jump=3)
_opcode.stack_effect('x')
_opcode.get_executor(None, 0)
_opcode.has_arg('x')
_opcode.get_executor(compile('1', '', 'eval'), 0)
