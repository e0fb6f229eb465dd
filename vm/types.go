package vm

// builtinTypes holds a Machine's builtin types.
type builtinTypes struct {
	Object, Type, NoneType, NotImplementedType, Ellipsis *Type
	Int, Bool, Float, Complex, Str, Bytes, ByteArray     *Type
	Tuple, List, Dict, Set, FrozenSet, Range, Slice      *Type
	BuiltinFunction, MethodDescriptor, GetSetDescriptor  *Type
	Function, Method, Code, Cell, Module, Frame          *Type
	Traceback, Generator, Coroutine, StrIterator         *Type
	ClassMethodDescriptor, Property, ClassMethod         *Type
	StaticMethod, Super, SourceFileLoader                *Type
	ModuleSpec, BuiltinImporter                          *Type
	MappingProxy, WrapperDescriptor, MethodWrapper       *Type
	MemberDescriptor, MemoryView, MemoryIterator         *Type
	LineIterator, PositionsIterator, CoroWrapper         *Type
	// PEP 604 and PEP 646 (union.go, genericalias.go).
	UnionType, GenericAliasIterator *Type

	// The builtins and sys modules' own objects (builtins_itertypes.go,
	// builtins_print.go, sysmodule*.go).
	Enumerate, Zip, Map, Filter, Reversed *Type
	TextIO, Quitter, Namespace            *Type
	SitePrinter, SiteHelper               *Type

	// io are the _io module's classes (iobase.go).
	io ioTypes

	// Exceptions (exceptions.go fills the whole hierarchy).
	BaseException, Exception, TypeError, ValueError, MemoryError *Type
	SystemError                                                  *Type
	exceptions                                                   map[string]*Type
	// ct are the containers' iterator and view types (containers.go).
	ct containerTypes
	// st are the str and bytes iterator types (strtype.go, bytes.go).
	st textTypes
	// ag are the async generator types (asyncgen.go).
	ag asyncGenTypes
	// all lists every builtin type, in creation order.
	all []*Type
}

// specEntry pairs a builtinTypes field with the spec that makes it.
type specEntry struct {
	field **Type
	spec  *typeSpec
}

// typeTable lists every builtin type in creation order: a type's base
// comes before it.
func (t *builtinTypes) typeTable() []specEntry {
	return []specEntry{
		{&t.Object, &objectSpec},
		{&t.Type, &typeSpecType},
		{&t.NoneType, &noneSpec},
		{&t.NotImplementedType, &notImplementedSpec},
		{&t.Ellipsis, &ellipsisSpec},
		{&t.Int, &intSpec},
		{&t.Bool, &boolSpec},
		{&t.Float, &floatSpec},
		{&t.Complex, &complexSpec},
		{&t.Str, &strSpec},
		{&t.StrIterator, &strIteratorSpec},
		{&t.st.StrUnicodeIterator, &strUnicodeIteratorSpec},
		{&t.Bytes, &bytesSpec},
		{&t.st.BytesIterator, &bytesIteratorSpec},
		{&t.ByteArray, &byteArraySpec},
		{&t.st.ByteArrayIterator, &byteArrayIteratorSpec},
		{&t.MemoryView, &memoryViewSpec},
		{&t.MemoryIterator, &memoryIteratorSpec},
		{&t.Tuple, &tupleSpec},
		{&t.List, &listSpec},
		{&t.Dict, &dictSpec},
		{&t.Set, &setSpec},
		{&t.FrozenSet, &frozenSetSpec},
		{&t.Range, &rangeSpec},
		{&t.Slice, &sliceSpec},
		{&t.ct.ListIterator, &listIteratorSpec},
		{&t.ct.ListRevIterator, &listRevIteratorSpec},
		{&t.ct.TupleIterator, &tupleIteratorSpec},
		{&t.ct.DictKeys, &dictKeysSpec},
		{&t.ct.DictValues, &dictValuesSpec},
		{&t.ct.DictItems, &dictItemsSpec},
		{&t.ct.DictKeyIterator, &dictKeyIteratorSpec},
		{&t.ct.DictValueIterator, &dictValueIteratorSpec},
		{&t.ct.DictItemIterator, &dictItemIteratorSpec},
		{&t.ct.DictRevKeyIterator, &dictRevKeyIteratorSpec},
		{&t.ct.DictRevValueIterator, &dictRevValueIteratorSpec},
		{&t.ct.DictRevItemIterator, &dictRevItemIteratorSpec},
		{&t.ct.SetIterator, &setIteratorSpec},
		{&t.ct.RangeIterator, &rangeIteratorSpec},
		{&t.ct.LongRangeIterator, &longRangeIteratorSpec},
		{&t.ct.SeqIterator, &seqIteratorSpec},
		{&t.ct.CallIter, &callIteratorSpec},
		{&t.ct.GenericAlias, &genericAliasSpec},
		{&t.GenericAliasIterator, &genericAliasIteratorSpec},
		{&t.UnionType, &unionSpec},
		{&t.MappingProxy, &mappingProxySpec},
		{&t.WrapperDescriptor, &wrapperDescriptorSpec},
		{&t.MethodWrapper, &methodWrapperSpec},
		{&t.MemberDescriptor, &memberDescriptorSpec},
		{&t.BuiltinFunction, &builtinFunctionSpec},
		{&t.MethodDescriptor, &methodDescriptorSpec},
		{&t.GetSetDescriptor, &getSetDescriptorSpec},
		{&t.ClassMethodDescriptor, &classMethodDescriptorSpec},
		{&t.Function, &functionSpec},
		{&t.Method, &methodSpec},
		{&t.Code, &codeSpec},
		{&t.Cell, &cellSpec},
		{&t.Module, &moduleSpec},
		{&t.Property, &propertySpec},
		{&t.ClassMethod, &classMethodSpec},
		{&t.StaticMethod, &staticMethodSpec},
		{&t.Super, &superSpec},
		{&t.SourceFileLoader, &sourceFileLoaderSpec},
		{&t.ModuleSpec, &moduleSpecSpec},
		{&t.BuiltinImporter, &builtinImporterSpec},
		{&t.Generator, &generatorSpec},
		{&t.Coroutine, &coroutineSpec},
		{&t.CoroWrapper, &coroWrapperSpec},
		{&t.ag.AsyncGenerator, &asyncGeneratorSpec},
		{&t.ag.ASend, &asyncGenASendSpec},
		{&t.ag.AThrow, &asyncGenAThrowSpec},
		{&t.ag.WrappedValue, &asyncGenWrappedValueSpec},
		{&t.Frame, &frameSpec},
		{&t.Traceback, &tracebackSpec},
		{&t.LineIterator, &lineIteratorSpec},
		{&t.PositionsIterator, &positionsIteratorSpec},
		{&t.Enumerate, &enumerateSpec},
		{&t.Zip, &zipSpec},
		{&t.Map, &mapSpec},
		{&t.Filter, &filterSpec},
		{&t.Reversed, &reversedSpec},
		{&t.io.IOBase, &ioBaseSpec},
		{&t.io.RawIOBase, &rawIOBaseSpec},
		{&t.io.BufferedIOBase, &bufferedIOBaseSpec},
		{&t.io.TextIOBase, &textIOBaseSpec},
		{&t.io.FileIO, &fileIOSpec},
		{&t.io.BufferedReader, &bufferedReaderSpec},
		{&t.io.BufferedWriter, &bufferedWriterSpec},
		{&t.io.BufferedRandom, &bufferedRandomSpec},
		{&t.io.BytesIO, &bytesIOSpec},
		{&t.TextIO, &textIOSpec},
		{&t.io.StringIO, &stringIOSpec},
		{&t.Quitter, &quitterSpec},
		{&t.Namespace, &namespaceSpec},
		{&t.SitePrinter, &sitePrinterSpec},
		{&t.SiteHelper, &siteHelperSpec},
	}
}

// initTypes makes the builtin types in two passes: first the type objects
// (the str type must exist before any name can be interned), then their
// namespaces.
func (m *Machine) initTypes() {
	table := m.types.typeTable()
	for _, e := range table {
		s := e.spec
		t := &Type{
			Slots:         s.slots,
			Name:          s.name,
			QualName:      s.name,
			Module:        s.module,
			Flags:         s.flags,
			BasicSize:     s.basicSize,
			ItemSize:      s.itemSize,
			DictOffset:    s.dictOffset,
			WeakrefOffset: s.weakrefOffset,
			newInstance:   s.newInstance,
		}
		if t.Module == "" {
			t.Module = "builtins"
		}
		*e.field = t
		m.types.all = append(m.types.all, t)
		if e.field != &m.types.Object {
			if s.base != nil {
				t.Base = s.base(&m.types)
			} else {
				t.Base = m.types.Object
			}
			t.Bases = []*Type{t.Base}
		}
		t.MRO = append([]*Type{t}, baseMRO(t.Base)...)
		m.alloc(t, nil)
	}
	for _, e := range table {
		m.setType((*e.field).self, m.types.Type)
		if b := (*e.field).Base; b != nil {
			b.subclasses = append(b.subclasses, *e.field)
		}
	}
	for _, e := range table {
		m.fillTypeDict(*e.field, e.spec)
	}
	m.initExceptionTypes()
	for _, e := range table {
		if e.spec.init != nil {
			e.spec.init(m, *e.field)
		}
	}
}

func baseMRO(b *Type) []*Type {
	if b == nil {
		return nil
	}
	return b.MRO
}

// fillTypeDict makes t's namespace from its spec: methods, getsets, and
// the slot wrappers for the slots it defines.
func (m *Machine) fillTypeDict(t *Type, s *typeSpec) {
	t.Dict = m.NewDict()
	// PyType_Ready's order (typeobject.go): __new__, slot wrappers,
	// methods, members, getsets, then __doc__ and inheritance.
	m.typeReadySetNew(t)
	m.addSlotWrappers(t)
	defer m.typeReadyFinish(t)
	for i := range s.methods {
		def := &s.methods[i]
		m.dictSetStr(t.Dict, def.Name, m.methodDescriptorFor(t, def))
	}
	for i := range s.getsets {
		def := &s.getsets[i]
		d := m.alloc(&GetSetDescriptor{Def: def, Owner: t}, m.types.GetSetDescriptor)
		m.dictSetStr(t.Dict, def.Name, d)
	}
}

// BuiltinTypes are the Machine's builtin types, by name.
type BuiltinTypes = builtinTypes

// Types returns the Machine's builtin types (exact-type checks of the
// specializer compare against these).
func (m *Machine) Types() *BuiltinTypes { return &m.types }
