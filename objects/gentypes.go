package objects

// The types of generators, coroutines and async generators. The objects themselves are the
// interpreter's (vm.Generator), because they own frames; their behaviour is defined there.
var (
	GeneratorType      = newType("generator", ObjectType)
	CoroutineType      = newType("coroutine", ObjectType)
	AsyncGeneratorType = newType("async_generator", ObjectType)
	// AsyncGenASendType and AsyncGenAThrowType are the awaitables an async generator's
	// __anext__/asend and athrow/aclose return; each drives one step of the generator.
	AsyncGenASendType  = newType("async_generator_asend", ObjectType)
	AsyncGenAThrowType = newType("async_generator_athrow", ObjectType)
	// AsyncGenWrappedValueType marks a value an async generator yields, telling it apart
	// from the suspension of an await inside it.
	AsyncGenWrappedValueType = newType("async_generator_wrapped_value", ObjectType)
	// AnextAwaitableType is the awaitable of anext(iterator, default).
	AnextAwaitableType = newType("anext_awaitable", ObjectType)
)

func init() {
	GeneratorType.Flags |= TypeFinal
	CoroutineType.Flags |= TypeFinal
	AsyncGeneratorType.Flags |= TypeFinal
	AsyncGenASendType.Flags |= TypeFinal
	AsyncGenAThrowType.Flags |= TypeFinal
	AsyncGenWrappedValueType.Flags |= TypeFinal
	AnextAwaitableType.Flags |= TypeFinal
}
