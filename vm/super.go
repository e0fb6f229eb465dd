package vm

// super objects (CPython's super type in Objects/typeobject.c): attribute
// lookup that starts after a given class in the MRO of an object's type.

import (
	"github.com/quicken-py/quicken/vm/bytecode"
)

// Super is a super object: Type is the class whose successors are
// searched (nil until __init__), Obj the object bound (Null when unbound)
// and ObjType the type whose MRO is searched (Obj's type, or Obj itself
// when Obj is a class).
type Super struct {
	Header
	Type    *Type
	Obj     Value
	ObjType *Type
}

func (s *Super) traverse(visit func(Value)) {
	if s.Type != nil {
		visit(s.Type.self)
	}
	if s.Obj != Null {
		visit(s.Obj)
	}
	if s.ObjType != nil {
		visit(s.ObjType.self)
	}
}

func (m *Machine) super(v Value) *Super {
	s, _ := m.obj0(v).(*Super)
	return s
}

func superNew(m *Machine, t *Type, args, kwnames []Value) (Value, error) {
	return m.alloc(&Super{}, t), nil
}

// superCheck is supercheck: obj may be a subclass of typ (class-method
// use, the type searched is obj itself) or an instance of it (its type,
// or its __class__ when that is a subclass: proxies).
func (m *Machine) superCheck(typ *Type, obj Value) (*Type, error) {
	if t := m.typeObj(obj); t != nil && t.IsSubtype(typ) {
		return t, nil
	}
	ot := m.TypeOf(obj)
	if ot.IsSubtype(typ) {
		return ot, nil
	}
	cls, err := m.GetAttr(obj, m.Intern("__class__"))
	if err != nil {
		if !m.isRaise(err, m.types.exceptions["AttributeError"]) {
			return nil, err
		}
	} else if ct := m.typeObj(cls); ct != nil && ct != ot && ct.IsSubtype(typ) {
		return ct, nil
	}
	return nil, m.typeError("super(type, obj): obj must be an instance or subtype of type")
}

// superInit is super_init: super(type, obj), super(type), or super()
// taking the class from the calling function's __class__ cell and the
// object from its first argument.
func superInit(m *Machine, self Value, args, kwnames []Value) error {
	if len(kwnames) > 0 {
		return m.typeError("super() takes no keyword arguments")
	}
	if len(args) > 2 {
		return m.typeError("super() expected at most 2 arguments, got %d", len(args))
	}
	var typ *Type
	obj := Null
	if len(args) == 0 {
		var err error
		if typ, obj, err = m.superFromFrame(); err != nil {
			return err
		}
	} else {
		if typ = m.typeObj(args[0]); typ == nil {
			return m.typeError("super() argument 1 must be a type, not %s", m.typeName(args[0]))
		}
		if len(args) == 2 {
			obj = args[1]
		}
	}
	if obj == None {
		obj = Null
	}
	var objType *Type
	if obj != Null {
		var err error
		if objType, err = m.superCheck(typ, obj); err != nil {
			return err
		}
	}
	s := m.super(self)
	s.Type, s.Obj, s.ObjType = typ, obj, objType
	return nil
}

// superFromFrame is super_init_without_args: the innermost Python frame
// gives the object (its first local, which may have been turned into a
// cell) and the class (its __class__ free variable).
func (m *Machine) superFromFrame() (*Type, Value, error) {
	rt := m.types.exceptions["RuntimeError"]
	f := m.frame
	if f == nil {
		return nil, Null, m.Raisef(rt, "super(): no current frame")
	}
	c := f.Code
	if c.ArgCount == 0 {
		return nil, Null, m.Raisef(rt, "super(): no arguments")
	}
	first := f.Vals[0]
	if first != Null && c.LocalsPlusKinds[0]&bytecode.FastCell != 0 {
		if cell := m.cell(first); cell != nil {
			first = cell.V
		}
	}
	if first == Null {
		return nil, Null, m.Raisef(rt, "super(): arg[0] deleted")
	}
	for i, kind := range c.LocalsPlusKinds {
		if kind&bytecode.FastFree == 0 || c.LocalsPlusNames[i] != "__class__" {
			continue
		}
		cell := m.cell(f.Vals[i])
		if cell == nil {
			return nil, Null, m.Raisef(rt, "super(): bad __class__ cell")
		}
		if cell.V == Null {
			return nil, Null, m.Raisef(rt, "super(): empty __class__ cell")
		}
		t := m.typeObj(cell.V)
		if t == nil {
			return nil, Null, m.Raisef(rt, "super(): __class__ is not a type (%s)", m.typeName(cell.V))
		}
		return t, first, nil
	}
	return nil, Null, m.Raisef(rt, "super(): __class__ cell not found")
}

func superRepr(m *Machine, v Value) (Value, error) {
	s := m.super(v)
	name := "NULL"
	if s.Type != nil {
		name = s.Type.Name
	}
	if s.ObjType != nil {
		return m.NewStr("<super: <class '" + name + "'>, <" + s.ObjType.Name + " object>>"), nil
	}
	return m.NewStr("<super: <class '" + name + "'>, NULL>"), nil
}

// superGetAttr is super_getattro: name in the MRO of ObjType after Type,
// bound through its __get__ (with no instance when the super is bound to
// a class); __class__ and anything not found there are the super
// object's own attributes.
func superGetAttr(m *Machine, self, name Value) (Value, error) {
	if err := m.attrName(name); err != nil {
		return Null, err
	}
	s := m.super(self)
	start := s.ObjType
	if start != nil && m.str(name).S != "__class__" {
		mro := start.MRO
		i := 0
		for ; i+1 < len(mro); i++ {
			if mro[i] == s.Type {
				break
			}
		}
		for i++; i < len(mro); i++ {
			if mro[i].Dict == nil {
				continue
			}
			res, err := m.DictGet(mro[i].Dict, name)
			if err != nil {
				return Null, err
			}
			if res == Null {
				continue
			}
			if get := m.TypeOf(res).DescrGet; get != nil {
				obj := s.Obj
				if obj == start.self {
					obj = Null
				}
				return get(m, res, obj, start)
			}
			return res, nil
		}
	}
	return m.GenericGetAttr(self, name)
}

// superDescrGet is super_descr_get: an unbound super becomes bound to the
// instance it is fetched from.
func superDescrGet(m *Machine, descr, obj Value, typ *Type) (Value, error) {
	s := m.super(descr)
	if obj == Null || obj == None || s.Obj != Null {
		return descr, nil
	}
	if s.typ != m.types.Super {
		var t Value = None
		if s.Type != nil {
			t = s.Type.self
		}
		return m.Call(s.typ.self, []Value{t, obj}, nil)
	}
	objType, err := m.superCheck(s.Type, obj)
	if err != nil {
		return Null, err
	}
	return m.alloc(&Super{Type: s.Type, Obj: obj, ObjType: objType}, m.types.Super), nil
}

var superSpec = typeSpec{name: "super", basicSize: 40,
	flags: FlagHaveGC | FlagBaseType,
	slots: Slots{Repr: superRepr, GetAttr: superGetAttr, DescrGet: superDescrGet, New: superNew, Init: superInit},
	getsets: []GetSetDef{
		{Name: "__thisclass__", Get: func(m *Machine, self Value) (Value, error) {
			if t := m.super(self).Type; t != nil {
				return t.self, nil
			}
			return None, nil
		}, Set: readonlyMember},
		{Name: "__self__", Get: func(m *Machine, self Value) (Value, error) { return orNone(m.super(self).Obj), nil }, Set: readonlyMember},
		{Name: "__self_class__", Get: func(m *Machine, self Value) (Value, error) {
			if t := m.super(self).ObjType; t != nil {
				return t.self, nil
			}
			return None, nil
		}, Set: readonlyMember},
	},
	newInstance: func(m *Machine, t *Type) Object { return &Super{} },
}
